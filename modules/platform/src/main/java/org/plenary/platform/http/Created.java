package org.plenary.platform.http;

import io.vertx.core.json.JsonObject;

/** What a create answers with 201: where the resource is (null when it has no address of its own) and its JSON. */
public record Created(String location, JsonObject body) {
}
