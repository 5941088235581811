package org.plenary.platform.events;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.Instant;

/**
 * A committed event. {@code position} is its place in commit order: the id clients see in server-sent
 * events and resume from with {@code Last-Event-ID}.
 */
public record OutboxEvent(long position, String type, String stream, JsonObject payload, Instant at) {

  static OutboxEvent fromRow(Row row) {
    return new OutboxEvent(row.getLong("commit_order"), row.getString("type"), row.getString("stream"),
        row.getJsonObject("payload"), row.getOffsetDateTime("at").toInstant());
  }

  public boolean is(EventType expected) {
    return expected.is(type);
  }

  public boolean in(EventFamily family) {
    return family.includes(type);
  }

  /** The part of a stream name after the colon: the thread id of {@code thread:<id>}. */
  public String streamKey() {
    return stream.substring(stream.indexOf(':') + 1);
  }
}
