package org.plenary.platform.events;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** Reads committed events in commit order, from the outbox table. */
public final class EventLog {

  private static final String COLUMNS = "SELECT commit_order, type, stream, payload, at FROM outbox_event ";
  private static final String AFTER = COLUMNS + "WHERE commit_order > $1 ORDER BY commit_order LIMIT $2";
  private static final String STREAMS_AFTER = COLUMNS
      + "WHERE stream = ANY ($1) AND commit_order > $2 ORDER BY commit_order LIMIT $3";
  private static final String COUNT_STREAMS_AFTER = "SELECT count(*) AS missed FROM (SELECT 1 FROM outbox_event"
      + " WHERE stream = ANY ($1) AND commit_order > $2 LIMIT $3) AS capped";
  private static final String LATEST = "SELECT coalesce(max(commit_order), 0) AS latest FROM outbox_event";

  private EventLog() {
  }

  /** Up to {@code limit} events of any stream after {@code position}. */
  public static Future<List<OutboxEvent>> after(SqlClient client, long position, int limit) {
    return client.preparedQuery(AFTER).execute(Tuple.of(position, limit)).map(EventLog::events);
  }

  /** Up to {@code limit} events of these streams after {@code position}: what a reconnecting client missed. */
  public static Future<List<OutboxEvent>> after(SqlClient client, List<String> streams, long position, int limit) {
    return client.preparedQuery(STREAMS_AFTER)
        .execute(Tuple.of(streams.toArray(String[]::new), position, limit))
        .map(EventLog::events);
  }

  /** How many events of these streams follow {@code position}, counting no further than {@code limit}. */
  public static Future<Integer> countAfter(SqlClient client, List<String> streams, long position, int limit) {
    return client.preparedQuery(COUNT_STREAMS_AFTER)
        .execute(Tuple.of(streams.toArray(String[]::new), position, limit))
        .map(rows -> rows.iterator().next().getInteger("missed"));
  }

  /** The position of the last committed event, 0 when there is none. */
  public static Future<Long> latest(SqlClient client) {
    return client.query(LATEST).execute().map(rows -> rows.iterator().next().getLong("latest"));
  }

  private static List<OutboxEvent> events(RowSet<Row> rows) {
    List<OutboxEvent> events = new ArrayList<>(rows.size());
    rows.forEach(row -> events.add(OutboxEvent.fromRow(row)));
    return events;
  }
}
