package org.plenary.platform.events;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.plenary.platform.idempotency.IdempotencyGuard;

/**
 * Records a domain event in the transaction of the write that caused it. A stream names who may follow
 * it, for example {@code thread:<id>} or {@code participant:<id>}. When the write serves a request with an
 * Idempotency-Key, the key's record receives the same events in the same transaction ({@link IdempotencyGuard}).
 */
public final class Outbox {

  private static final String RECORD = "INSERT INTO outbox_event (type, stream, payload) VALUES ($1, $2, $3)";

  private Outbox() {
  }

  public static Future<Void> record(SqlConnection conn, EventType type, String stream, JsonObject payload) {
    return conn.preparedQuery(RECORD).execute(Tuple.of(type.name(), stream, payload))
        .compose(recorded -> IdempotencyGuard.recordMade(conn, new JsonArray().add(made(type.name(), stream, payload))));
  }

  /**
   * For an event a context inserted into {@code outbox_event} in a statement of its own (with the row it is about, to
   * save a round trip): tells the request's Idempotency-Key record, as {@link #record} does.
   */
  public static Future<Void> recordedInStatement(SqlConnection conn, EventType type, String stream, JsonObject payload) {
    return IdempotencyGuard.recordMade(conn, new JsonArray().add(made(type.name(), stream, payload)));
  }

  /** Records one event of {@code type} per stream, with the payload at the same index. */
  public static Future<Void> recordEach(SqlConnection conn, EventType type, List<String> streams,
                                        List<JsonObject> payloads) {
    if (streams.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> batch = new ArrayList<>(streams.size());
    JsonArray made = new JsonArray();
    for (int i = 0; i < streams.size(); i++) {
      batch.add(Tuple.of(type.name(), streams.get(i), payloads.get(i)));
      made.add(made(type.name(), streams.get(i), payloads.get(i)));
    }
    return conn.preparedQuery(RECORD).executeBatch(batch).compose(recorded -> IdempotencyGuard.recordMade(conn, made));
  }

  private static JsonObject made(String type, String stream, JsonObject payload) {
    return new JsonObject().put("type", type).put("stream", stream).put("payload", payload);
  }
}
