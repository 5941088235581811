package org.plenary.drafts.contributions;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.drafts.DraftQueries;
import org.plenary.drafts.Paragraphs;
import org.plenary.platform.identity.Participant;

/** Comments and amendments on paragraphs, in PostgreSQL. */
final class ContributionStore {

  private final Pool pool;

  ContributionStore(Pool pool) {
    this.pool = pool;
  }

  Future<Long> insertComment(SqlClient conn, Paragraphs.Current on, Participant author, String body) {
    return conn.preparedQuery(DraftQueries.INSERT_COMMENT).execute(Tuple.of(on.id(), on.versionNumber(), on.revision(),
        author.id(), author.organization().id(), body)).map(ContributionStore::id);
  }

  Future<Long> insertAmendment(SqlClient conn, Paragraphs.Current on, Participant author, String text,
                               String explanation) {
    return conn.preparedQuery(DraftQueries.INSERT_AMENDMENT).execute(Tuple.tuple().addUUID(on.id())
        .addInteger(on.versionNumber()).addInteger(on.revision()).addString(text).addString(explanation)
        .addUUID(author.id()).addString(author.organization().id()).addUUID(on.threadId())).map(ContributionStore::id);
  }

  Future<Row> comment(long id) {
    return pool.preparedQuery(DraftQueries.FIND_COMMENT).execute(Tuple.of(id)).map(rows -> rows.iterator().next());
  }

  Future<Row> amendment(long id) {
    return pool.preparedQuery(DraftQueries.FIND_AMENDMENT).execute(Tuple.of(id)).map(rows -> rows.iterator().next());
  }

  Future<List<Row>> comments(UUID paragraphId, long afterId, int limit) {
    return pool.preparedQuery(DraftQueries.COMMENT_PAGE).execute(Tuple.of(paragraphId, afterId, limit))
        .map(ContributionStore::all);
  }

  Future<List<Row>> amendments(UUID paragraphId, long afterId, String status, int limit) {
    return pool.preparedQuery(DraftQueries.AMENDMENT_PAGE).execute(Tuple.of(paragraphId, afterId, status, limit))
        .map(ContributionStore::all);
  }

  Future<List<Row>> draftAmendments(UUID threadId, long afterId, String status, int limit) {
    return pool.preparedQuery(DraftQueries.DRAFT_AMENDMENT_PAGE).execute(Tuple.of(threadId, afterId, status, limit))
        .map(ContributionStore::all);
  }

  Future<Optional<Row>> lockAmendment(SqlClient conn, UUID threadId, long id) {
    return conn.preparedQuery(DraftQueries.LOCK_AMENDMENT).execute(Tuple.of(id, threadId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next()));
  }

  Future<Void> withdrawAmendment(SqlClient conn, long id) {
    return conn.preparedQuery(DraftQueries.WITHDRAW_AMENDMENT).execute(Tuple.of(id)).mapEmpty();
  }

  /** Marks the amendment not retained, judged against version {@code version} of the draft. */
  Future<Void> notRetain(SqlClient conn, long id, int version, UUID by) {
    return conn.preparedQuery(DraftQueries.DECIDE_AMENDMENT).execute(Tuple.of(id, "not-retained", version, by, null))
        .mapEmpty();
  }

  private static long id(RowSet<Row> rows) {
    return rows.iterator().next().getLong("id");
  }

  private static List<Row> all(RowSet<Row> rows) {
    List<Row> list = new ArrayList<>(rows.size());
    rows.forEach(list::add);
    return list;
  }
}
