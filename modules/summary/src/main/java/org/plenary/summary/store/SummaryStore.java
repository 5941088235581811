package org.plenary.summary.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

  public Future<Optional<Row>> find(UUID id) {
    return pool.preparedQuery(FIND).execute(Tuple.of(id)).map(SummaryStore::first);
  }

  public Future<List<Row>> byThread(UUID threadId, String[] statuses) {
    return pool.preparedQuery(BY_THREAD).execute(Tuple.tuple().addUUID(threadId).addArrayOfString(statuses))
        .map(SummaryStore::list);
  }

  public Future<List<Row>> byStatus(String status, java.time.OffsetDateTime beforeCreated, UUID beforeId, int limit) {
    return pool.preparedQuery(BY_STATUS).execute(Tuple.of(status, beforeCreated, beforeId, limit)).map(SummaryStore::list);
  }

  public Future<UUID> insert(SqlClient client, UUID threadId, boolean chathamHouse, JsonObject generated, String markdown,
                             UUID author) {
    return client.preparedQuery(INSERT).execute(Tuple.of(threadId, chathamHouse, generated, author))
        .map(rows -> rows.iterator().next().getUUID("id"))
        .compose(id -> client.preparedQuery(INSERT_VERSION).execute(Tuple.of(id, 1, markdown, author, "Generated"))
            .map(id));
  }

  /** The summary row ({@code status}, {@code version}, {@code thread_id}), locked until the transaction ends. */
  public Future<Optional<Row>> lock(SqlClient client, UUID id) {
    return client.preparedQuery(LOCK).execute(Tuple.of(id)).map(SummaryStore::first);
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

  public Future<List<Row>> versions(UUID id) {
    return pool.preparedQuery(VERSIONS).execute(Tuple.of(id)).map(SummaryStore::list);
  }

  private static Optional<Row> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next());
  }

  private static List<Row> list(RowSet<Row> rows) {
    List<Row> list = new ArrayList<>();
    rows.forEach(list::add);
    return list;
  }
}
