package org.plenary.platform.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.ValidatedRequest;
import java.util.Optional;

/** Typed access to a request that the OpenAPI validator has already checked. */
public final class RequestInput {

  private final ValidatedRequest validated;

  private RequestInput(ValidatedRequest validated) {
    this.validated = validated;
  }

  public static RequestInput of(RoutingContext rc) {
    ValidatedRequest validated = rc.get(RouterBuilder.KEY_META_DATA_VALIDATED_REQUEST);
    if (validated == null) {
      throw new IllegalStateException("route " + rc.currentRoute().getPath() + " was not validated");
    }
    return new RequestInput(validated);
  }

  public JsonObject body() {
    RequestParameter body = validated.getBody();
    return body == null || body.isNull() ? new JsonObject() : body.getJsonObject();
  }

  public String path(String name) {
    return String.valueOf(validated.getPathParameters().get(name).get());
  }

  public Optional<String> query(String name) {
    RequestParameter value = validated.getQuery().get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(String.valueOf(value.get()));
  }

  public int limit(int defaultLimit) {
    return query("limit").map(Integer::parseInt).orElse(defaultLimit);
  }
}
