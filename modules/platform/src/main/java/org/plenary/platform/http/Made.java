package org.plenary.platform.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.plenary.platform.events.EventFamily;
import org.plenary.platform.events.EventType;

/**
 * What a create made, as its own transaction recorded it: the events it wrote to the outbox, each
 * {@code {type, stream, payload}}, in order. A retry whose first answer was lost finds the resource here.
 */
public record Made(JsonArray events) {

  /** The payload of the first event of {@code type}. */
  public JsonObject payload(EventType type) {
    return first(type.name(), false);
  }

  /** The payload of the first event of {@code family}: the create that records one of several types. */
  public JsonObject payloadOfAny(EventFamily family) {
    return first(family.prefix(), true);
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
