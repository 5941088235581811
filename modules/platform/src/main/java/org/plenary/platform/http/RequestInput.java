package org.plenary.platform.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.ValidatedRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

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

  /** A path parameter that is a UUID ({@code format: uuid} in the contract). */
  public UUID uuid(String name) {
    return uuid("path parameter", name, path(name));
  }

  /** A query parameter that is a UUID ({@code format: uuid} in the contract), if present. */
  public Optional<UUID> uuidQuery(String name) {
    return query(name).map(value -> uuid("query parameter", name, value));
  }

  /** A query parameter that is a day ({@code format: date}, YYYY-MM-DD), if present. */
  public Optional<LocalDate> dayQuery(String name) {
    return query(name).map(value -> {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw ApiProblem.badRequest("The query parameter \"" + name + "\" is a day written YYYY-MM-DD, not '" + value
            + "'.");
      }
    });
  }

  private static UUID uuid(String where, String name, String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("The " + where + " \"" + name + "\" must be a UUID, not '" + value + "'.");
    }
  }

  /** A path parameter that is a whole number, such as a post's id: exactly that number, or a 400. */
  public long id(String name) {
    return Ids.whole("path parameter", name, validated.getPathParameters().get(name).get());
  }

  /** A query parameter that is a whole number, if present. */
  public Optional<Long> wholeQuery(String name) {
    RequestParameter value = validated.getQuery().get(name);
    return value == null || value.isNull() ? Optional.empty()
        : Optional.of(Ids.whole("query parameter", name, value.get()));
  }

  public Optional<String> query(String name) {
    RequestParameter value = validated.getQuery().get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(String.valueOf(value.get()));
  }

  public int limit(int defaultLimit) {
    return wholeQuery("limit").map(Math::toIntExact).orElse(defaultLimit);
  }
}
