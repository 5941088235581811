package org.plenary.capacity.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.plenary.capacity.service.ListingRequest;

/** The body of a request that posts or changes a need or an offer, as written (the contract checked its shape). */
final class ListingRequestJson {

  private ListingRequestJson() {
  }

  static ListingRequest of(JsonObject body) {
    return new ListingRequest(text(body, "title"), text(body, "description"), texts(body, "areas"),
        texts(body, "regions"), texts(body, "languages"), texts(body, "modalities"), text(body, "startsOn"),
        text(body, "endsOn"), text(body, "visibility"), Optional.ofNullable(body.getInteger("capacity")),
        text(body, "status"));
  }

  private static Optional<String> text(JsonObject body, String field) {
    return Optional.ofNullable(body.getString(field));
  }

  private static Optional<List<String>> texts(JsonObject body, String field) {
    JsonArray values = body.getJsonArray(field);
    return values == null ? Optional.empty() : Optional.of(values.stream().map(String::valueOf).toList());
  }
}
