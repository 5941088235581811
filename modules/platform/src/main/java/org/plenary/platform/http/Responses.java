package org.plenary.platform.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The two ways a handler ends: with JSON, or with a failure that {@link ProblemHandler} renders. */
public final class Responses {

  /** Where the JSON sent is kept on the routing context, for the record of an idempotent request. */
  public static final String SENT_BODY = "plenary.sent-body";

  private Responses() {
  }

  public static void json(RoutingContext rc, int status, JsonObject body) {
    String encoded = body.encode();
    rc.put(SENT_BODY, encoded);
    rc.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(encoded);
  }

  public static void ok(RoutingContext rc, JsonObject body) {
    json(rc, 200, body);
  }

  public static void created(RoutingContext rc, String location, JsonObject body) {
    rc.response().putHeader("Location", location);
    json(rc, 201, body);
  }

  public static void created(RoutingContext rc, Created created) {
    if (created.location() == null) {
      json(rc, 201, created.body());
    } else {
      created(rc, created.location(), created.body());
    }
  }

  public static void noContent(RoutingContext rc) {
    rc.response().setStatusCode(204).end();
  }

  /** A page of a keyset-paginated list: {@code items} and, when more follow, {@code next}. */
  public static JsonObject page(JsonArray items, String nextCursor) {
    JsonObject page = new JsonObject().put("items", items);
    if (nextCursor != null) {
      page.put("next", nextCursor);
    }
    return page;
  }

  /** Completes the request with the future's JSON, or fails it into a problem. */
  public static void reply(RoutingContext rc, Future<JsonObject> result) {
    result.onSuccess(body -> ok(rc, body)).onFailure(rc::fail);
  }
}
