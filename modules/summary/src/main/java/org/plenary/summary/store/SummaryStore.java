package org.plenary.summary.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.plenary.summary.domain.GeneratedSummary;
import org.plenary.summary.domain.Summary;
import org.plenary.summary.domain.SummaryState;
import org.plenary.summary.domain.SummaryStatus;
import org.plenary.summary.domain.SummaryVersion;

/** Summaries and their versions in PostgreSQL. */
public final class SummaryStore {

  private static final String COLUMNS = "s.id, s.thread_id, s.status, s.chatham_house, s.generated, s.version,"
      + " s.created_at, s.submitted_at, s.published_at, v.markdown, v.edited_at,"
      + " c.display_name AS created_by_name, pb.display_name AS published_by_name";
  private static final String FROM = " FROM summary s"
      + " JOIN summary_version v ON v.summary_id = s.id AND v.version = s.version"
      + " JOIN participant c ON c.id = s.created_by LEFT JOIN participant pb ON pb.id = s.published_by";
  private static final String FIND = "SELECT " + COLUMNS + FROM + " WHERE s.id = $1";
  private static final String BY_THREAD = "SELECT " + COLUMNS + FROM
      + " WHERE s.thread_id = $1 AND s.status = ANY ($2) ORDER BY s.created_at DESC, s.id DESC LIMIT 100";
  private static final String BY_STATUS = "SELECT " + COLUMNS + FROM
      + " WHERE s.status = $1 AND ($2::timestamptz IS NULL OR (s.created_at, s.id) < ($2, $3))"
      + " ORDER BY s.created_at DESC, s.id DESC LIMIT $4";
  private static final String INSERT = "INSERT INTO summary (thread_id, chatham_house, generated, created_by)"
      + " VALUES ($1, $2, $3, $4) RETURNING id";
  private static final String INSERT_VERSION = "INSERT INTO summary_version (summary_id, version, markdown, edited_by,"
      + " note) VALUES ($1, $2, $3, $4, $5)";
  private static final String LOCK = "SELECT id, thread_id, status, version, chatham_house FROM summary WHERE id = $1 FOR UPDATE";
  private static final String BUMP_VERSION = "UPDATE summary SET version = $2 WHERE id = $1";
  private static final String SUBMIT = "UPDATE summary SET status = 'submitted', submitted_by = $2, submitted_at = now()"
      + " WHERE id = $1";
  private static final String RETURN_TO_DRAFT = "UPDATE summary SET status = 'draft' WHERE id = $1";
  private static final String PUBLISH = "UPDATE summary SET status = 'published', published_by = $2, published_at = now()"
      + " WHERE id = $1";
  private static final String VERSIONS = "SELECT v.version, v.markdown, v.edited_at, v.note, p.display_name"
      + " FROM summary_version v JOIN participant p ON p.id = v.edited_by WHERE v.summary_id = $1 ORDER BY v.version";

  private final Pool pool;

  public SummaryStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Optional<Summary>> find(UUID id) {
    return pool.preparedQuery(FIND).execute(Tuple.of(id)).map(rows -> first(rows, Rows::summary));
  }

  /** The newest hundred summaries of the thread with one of these statuses. */
  public Future<List<Summary>> byThread(UUID threadId, List<SummaryStatus> statuses) {
    String[] wire = statuses.stream().map(SummaryStatus::wire).toArray(String[]::new);
    return pool.preparedQuery(BY_THREAD).execute(Tuple.tuple().addUUID(threadId).addArrayOfString(wire))
        .map(rows -> list(rows, Rows::summary));
  }

  /** Summaries of this status, newest first, after ({@code beforeCreated}, {@code beforeId}) when both are given. */
  public Future<List<Summary>> byStatus(SummaryStatus status, Instant beforeCreated, UUID beforeId, int limit) {
    // The driver binds timestamptz as an OffsetDateTime; UTC names the same instant.
    OffsetDateTime before = beforeCreated == null ? null : OffsetDateTime.ofInstant(beforeCreated, ZoneOffset.UTC);
    return pool.preparedQuery(BY_STATUS).execute(Tuple.of(status.wire(), before, beforeId, limit))
        .map(rows -> list(rows, Rows::summary));
  }

  public Future<UUID> insert(SqlClient client, UUID threadId, boolean chathamHouse, GeneratedSummary generated,
                             String markdown, UUID author) {
    return client.preparedQuery(INSERT).execute(Tuple.of(threadId, chathamHouse, generated.document(), author))
        .map(rows -> rows.iterator().next().getUUID("id"))
        .compose(id -> client.preparedQuery(INSERT_VERSION).execute(Tuple.of(id, 1, markdown, author, "Generated"))
            .map(id));
  }

  /** The summary's state, its row locked until the transaction ends. */
  public Future<Optional<SummaryState>> lock(SqlClient client, UUID id) {
    return client.preparedQuery(LOCK).execute(Tuple.of(id)).map(rows -> first(rows, Rows::state));
  }

  public Future<Void> addVersion(SqlClient client, UUID id, int version, String markdown, UUID editor, String note) {
    return client.preparedQuery(INSERT_VERSION).execute(Tuple.of(id, version, markdown, editor, note))
        .compose(ok -> client.preparedQuery(BUMP_VERSION).execute(Tuple.of(id, version))).mapEmpty();
  }

  public Future<Void> submit(SqlClient client, UUID id, UUID by) {
    return client.preparedQuery(SUBMIT).execute(Tuple.of(id, by)).mapEmpty();
  }

  public Future<Void> returnToDraft(SqlClient client, UUID id) {
    return client.preparedQuery(RETURN_TO_DRAFT).execute(Tuple.of(id)).mapEmpty();
  }

  public Future<Void> publish(SqlClient client, UUID id, UUID by) {
    return client.preparedQuery(PUBLISH).execute(Tuple.of(id, by)).mapEmpty();
  }

  public Future<List<SummaryVersion>> versions(UUID id) {
    return pool.preparedQuery(VERSIONS).execute(Tuple.of(id)).map(rows -> list(rows, Rows::version));
  }

  private static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> map) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(map.apply(rows.iterator().next()));
  }

  private static <T> List<T> list(RowSet<Row> rows, Function<Row, T> map) {
    List<T> list = new ArrayList<>();
    rows.forEach(row -> list.add(map.apply(row)));
    return list;
  }
}
