package org.plenary.platform.events;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

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
}
