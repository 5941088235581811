package org.plenary.forum.threads;

import static org.plenary.platform.database.Columns.instant;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.platform.organizations.OrganizationKind;

/**
 * Lists of threads, newest activity first, keyset-paged on (last_activity_at, id), each thread with its activity
 * ({@link ThreadActivity}) read in the same query: the last visible post by the (thread_id, seq) key, the
 * speakers and positions from {@code post_thread_speakers_idx}, grouped by organization, the States among them found in
 * one hashed set of the States' ids built once for the query (joined to each post, or to each thread's speakers, the
 * organizations were read again for every thread of the page). One query a page, whatever its size.
 */
public final class ThreadLists {

  private static final String ACTIVITY_COLUMNS = ", lp.created_at AS last_post_at, lp.author_id AS last_author_id,"
      + " lpa.display_name AS last_author_name, lp.organization_id AS last_organization_id,"
      + " lpo.name AS last_organization_name, lpo.kind AS last_organization_kind,"
      + " coalesce(sp.positions, 0) AS position_count, coalesce(sp.states, '{}') AS states_that_spoke";
  private static final String ACTIVITY_JOINS = " LEFT JOIN LATERAL (SELECT p.author_id, p.organization_id, p.created_at"
      + " FROM post p WHERE p.thread_id = t.id AND NOT p.hidden ORDER BY p.seq DESC LIMIT 1) lp ON true"
      + " LEFT JOIN participant lpa ON lpa.id = lp.author_id LEFT JOIN organization lpo ON lpo.id = lp.organization_id"
      + " LEFT JOIN LATERAL (SELECT sum(g.positions)::bigint AS positions,"
      + " array_agg(g.organization_id ORDER BY g.organization_id)"
      + " FILTER (WHERE g.organization_id IN (SELECT so.id FROM organization so WHERE so.kind = 'state')) AS states"
      + " FROM (SELECT s.organization_id, count(*) FILTER (WHERE s.kind = 'position' AND s.status = 'active') AS positions"
      + " FROM post s WHERE s.thread_id = t.id AND NOT s.hidden GROUP BY s.organization_id) g) sp ON true";
  private static final String FILTERS = " t.audience = ANY($2)"
      + " AND ($3::text IS NULL OR t.kind = $3) AND ($4::text IS NULL OR t.status = $4)"
      + " AND ($5::text IS NULL OR t.tags @> ARRAY[$5])"
      + " AND ($6::timestamptz IS NULL OR (t.last_activity_at, t.id) < ($6, $7))"
      + " ORDER BY t.last_activity_at DESC, t.id DESC LIMIT $8";
  /**
   * The page of threads is chosen first, in a subquery PostgreSQL does not flatten (it has a LIMIT), and each thread's
   * activity is read for the page's threads only: joined to the list directly, a prepared statement's generic plan
   * (the filters' "$3 IS NULL OR" cannot be folded) read the activity of every thread of the topic before sorting them
   * — 300 ms for a topic of 1,300 threads at a million posts.
   */
  private static String page(String where) {
    return "SELECT " + ThreadStore.COLUMNS + ACTIVITY_COLUMNS + " FROM (SELECT * FROM thread t WHERE " + where + FILTERS
        + ") t" + ThreadStore.OPENER_JOINS + ACTIVITY_JOINS + " ORDER BY t.last_activity_at DESC, t.id DESC";
  }

  /** A topic's threads (thread_topic_activity_idx). */
  private static final String BY_TOPIC = page("t.topic_id = $1 AND");
  /** Every topic's threads (thread_activity_idx); $1 is unused, so both lists take the same parameters. */
  private static final String ACROSS_TOPICS = page("$1::text IS NULL AND");

  private final Pool pool;

  public ThreadLists(Pool pool) {
    this.pool = pool;
  }

  public record ListFilter(String kind, String status, String tag) {
  }

  /** A thread of a list with its activity. */
  public record Listed(ForumThread thread, ThreadActivity activity) {
  }

  /** The threads of {@code topicId}, or of every topic when it is empty, in {@code audiences}. */
  public Future<List<Listed>> list(Optional<String> topicId, Set<Audience> audiences, ListFilter filter,
                                   Instant afterActivity, UUID afterId, int limit) {
    String[] audienceNames = audiences.stream().map(Audience::wire).toArray(String[]::new);
    Tuple params = Tuple.tuple().addString(topicId.orElse(null)).addArrayOfString(audienceNames)
        .addString(filter.kind()).addString(filter.status()).addString(filter.tag())
        .addOffsetDateTime(afterActivity == null ? null : afterActivity.atOffset(ZoneOffset.UTC))
        .addUUID(afterId).addInteger(limit);
    return pool.preparedQuery(topicId.isPresent() ? BY_TOPIC : ACROSS_TOPICS).execute(params).map(rows -> {
      List<Listed> threads = new ArrayList<>(rows.size());
      rows.forEach(row -> threads.add(new Listed(Rows.thread(row), activity(row))));
      return threads;
    });
  }

  private static ThreadActivity activity(Row row) {
    Optional<ThreadActivity.LastPost> last = row.getUUID("last_author_id") == null ? Optional.empty()
        : Optional.of(new ThreadActivity.LastPost(instant(row, "last_post_at"), row.getUUID("last_author_id"),
            row.getString("last_author_name"), row.getString("last_organization_id"),
            row.getString("last_organization_name"), OrganizationKind.fromWire(row.getString("last_organization_kind"))));
    return new ThreadActivity(last, row.getLong("position_count").intValue(),
        List.of(row.getArrayOfStrings("states_that_spoke")));
  }
}
