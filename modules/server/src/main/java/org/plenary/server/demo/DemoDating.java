package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Gives the threads of {@code demo/dialogue.yaml}, written through the forum's services at the moment of seeding,
 * the times {@code demo/week/dialogue-times.yaml} names for them (each post, in order, in its writer's working
 * hours); then the posts the demo's later steps write (citations of good practices) a time after their thread's last.
 */
final class DemoDating {

  private static final String POSTS = "SELECT id, organization_id FROM post WHERE thread_id = $1 ORDER BY seq";
  private static final String OPENER = "SELECT organization_id FROM thread WHERE id = $1";
  private static final String POST_AT = "UPDATE post SET created_at = $2 WHERE id = $1";
  private static final String POST_INDEXED_AT = "UPDATE search_document SET created_at = $2"
      + " WHERE id = 'post:' || $1::bigint";
  private static final String NAMED_AT = "UPDATE post_on_behalf_of SET named_at = $2::timestamptz, decided_at ="
      + " CASE WHEN decided_at IS NULL THEN NULL ELSE $2::timestamptz + interval '2 hours' END WHERE post_id = $1";
  private static final String THREAD_AT = "UPDATE thread SET created_at = $2, updated_at = $2,"
      + " last_activity_at = greatest($2, (SELECT max(created_at) FROM post WHERE thread_id = $1)) WHERE id = $1";
  private static final String THREAD_INDEXED_AT = "UPDATE search_document SET created_at = $2"
      + " WHERE id = 'thread:' || $1::text";
  private static final String LATECOMERS = "SELECT p.id, p.thread_id, p.organization_id,"
      + " (SELECT max(e.created_at) FROM post e WHERE e.thread_id = p.thread_id AND e.created_at < $1) AS previous"
      + " FROM post p WHERE p.created_at >= $1 ORDER BY p.thread_id, p.seq";
  private static final String ACTIVITY = "UPDATE thread SET last_activity_at = (SELECT max(created_at) FROM post"
      + " WHERE thread_id = $1) WHERE id = $1";

  private final Pool pool;
  private final DemoTimes times;
  private final Instant seededAt;

  /** {@code seededAt}: when the seeding began; every post written after it is dated here. */
  DemoDating(Pool pool, DemoTimes times, Instant seededAt) {
    this.pool = pool;
    this.times = times;
    this.seededAt = seededAt;
  }

  /** The threads of dialogue.yaml, by key, in one transaction. */
  Future<Void> date(JsonObject schedule, Map<String, UUID> threads) {
    return pool.withTransaction(conn -> {
      Future<Void> chain = Future.succeededFuture();
      for (String key : schedule.fieldNames()) {
        chain = chain.compose(v -> date(conn, threads.get(key), schedule.getJsonObject(key)));
      }
      return chain;
    });
  }

  private Future<Void> date(SqlConnection conn, UUID thread, JsonObject schedule) {
    JsonArray when = schedule.getJsonArray("posts");
    return conn.preparedQuery(OPENER).execute(Tuple.of(thread)).compose(opener ->
        conn.preparedQuery(POSTS).execute(Tuple.of(thread)).compose(rows -> {
          List<Tuple> posts = new ArrayList<>();
          int i = 0;
          for (Row row : rows) {
            if (i < when.size()) {
              posts.add(Tuple.of(row.getLong("id"), utc(times.at(when.getJsonArray(i++), row.getString("organization_id")))));
            }
          }
          OffsetDateTime opened = utc(times.at(schedule.getJsonArray("opened"),
              opener.iterator().next().getString("organization_id")));
          return batch(conn, POST_AT, posts).compose(v -> batch(conn, POST_INDEXED_AT, posts))
              .compose(v -> batch(conn, NAMED_AT, posts))
              .compose(v -> batch(conn, THREAD_AT, List.of(Tuple.of(thread, opened))))
              .compose(v -> batch(conn, THREAD_INDEXED_AT, List.of(Tuple.of(thread.toString(), opened))));
        }));
  }

  /** The posts written after the dialogue was dated, each a few working hours after its thread's last, at once. */
  Future<Void> dateLatecomers() {
    return pool.withTransaction(conn -> conn.preparedQuery(LATECOMERS).execute(Tuple.of(utc(seededAt)))
        .compose(rows -> {
          List<Tuple> posts = new ArrayList<>();
          Map<UUID, Instant> last = new HashMap<>();
          Random random = new Random(7);
          for (Row row : rows) {
            UUID thread = row.getUUID("thread_id");
            OffsetDateTime before = row.getOffsetDateTime("previous");
            Instant previous = last.getOrDefault(thread, before == null
                ? seededAt.minus(Duration.ofDays(1)) : before.toInstant());
            Instant at = WorkingHours.after(previous.plus(Duration.ofHours(2)), previous, seededAt,
                times.zone(row.getString("organization_id")), random);
            last.put(thread, at);
            posts.add(Tuple.of(row.getLong("id"), utc(at)));
          }
          List<Tuple> threads = last.keySet().stream().map(Tuple::of).toList();
          return batch(conn, POST_AT, posts).compose(v -> batch(conn, POST_INDEXED_AT, posts))
              .compose(v -> batch(conn, ACTIVITY, threads));
        }));
  }

  private static Future<Void> batch(SqlConnection conn, String sql, List<Tuple> tuples) {
    return tuples.isEmpty() ? Future.succeededFuture() : conn.preparedQuery(sql).executeBatch(tuples).mapEmpty();
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
