package org.plenary.platform.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * What a create made, as its own transaction recorded it: the events it wrote to the outbox, each
 * {@code {type, stream, payload}}, in order. A retry whose first answer was lost finds the resource here.
 */
public record Made(JsonArray events) {

  /** The payload of the first event of {@code type}. */
  public JsonObject payload(String type) {
    return first(type, false);
  }

  /** The payload of the first event whose type starts with {@code prefix}, for example {@code "proposal."}. */
  public JsonObject payloadOfAny(String prefix) {
    return first(prefix, true);
  }

  private JsonObject first(String type, boolean prefix) {
    for (Object event : events) {
      JsonObject json = (JsonObject) event;
      String recorded = json.getString("type");
      if (prefix ? recorded.startsWith(type) : recorded.equals(type)) {
        return json.getJsonObject("payload");
      }
    }
    throw new IllegalStateException("the create recorded no " + type + " event, only " + events);
  }
}
