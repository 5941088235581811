package org.plenary.platform.events;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Records a domain event in the transaction of the write that caused it. A stream names who may follow
 * it, for example {@code thread:<id>} or {@code participant:<id>}.
 */
public final class Outbox {

  private static final String RECORD = "INSERT INTO outbox_event (type, stream, payload) VALUES ($1, $2, $3)";

  private Outbox() {
  }

  public static Future<Void> record(SqlConnection conn, String type, String stream, JsonObject payload) {
    return conn.preparedQuery(RECORD).execute(Tuple.of(type, stream, payload)).mapEmpty();
  }

  /** Records one event of {@code type} per stream, with the payload at the same index. */
  public static Future<Void> recordEach(SqlConnection conn, String type, List<String> streams,
                                        List<JsonObject> payloads) {
    if (streams.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> batch = new ArrayList<>(streams.size());
    for (int i = 0; i < streams.size(); i++) {
      batch.add(Tuple.of(type, streams.get(i), payloads.get(i)));
    }
    return conn.preparedQuery(RECORD).executeBatch(batch).mapEmpty();
  }
}
