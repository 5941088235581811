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
import java.util.function.Function;
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

  Future<Comment> comment(long id) {
    return pool.preparedQuery(DraftQueries.FIND_COMMENT).execute(Tuple.of(id))
        .map(rows -> Rows.comment(rows.iterator().next()));
  }

  Future<Amendment> amendment(long id) {
    return pool.preparedQuery(DraftQueries.FIND_AMENDMENT).execute(Tuple.of(id))
        .map(rows -> Rows.amendment(rows.iterator().next()));
  }

  Future<List<Comment>> comments(UUID paragraphId, long afterId, int limit) {
    return pool.preparedQuery(DraftQueries.COMMENT_PAGE).execute(Tuple.of(paragraphId, afterId, limit))
        .map(rows -> all(rows, Rows::comment));
  }

  Future<List<Amendment>> amendments(UUID paragraphId, long afterId, String status, int limit) {
    return pool.preparedQuery(DraftQueries.AMENDMENT_PAGE).execute(Tuple.of(paragraphId, afterId, status, limit))
        .map(rows -> all(rows, Rows::amendment));
  }

  Future<List<Amendment>> draftAmendments(UUID threadId, long afterId, String status, int limit) {
    return pool.preparedQuery(DraftQueries.DRAFT_AMENDMENT_PAGE).execute(Tuple.of(threadId, afterId, status, limit))
        .map(rows -> all(rows, Rows::amendment));
  }

  Future<Optional<LockedAmendment>> lockAmendment(SqlClient conn, UUID threadId, long id) {
    return conn.preparedQuery(DraftQueries.LOCK_AMENDMENT).execute(Tuple.of(id, threadId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Rows.locked(rows.iterator().next())));
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

  private static <T> List<T> all(RowSet<Row> rows, Function<Row, T> map) {
    List<T> list = new ArrayList<>(rows.size());
    rows.forEach(row -> list.add(map.apply(row)));
    return list;
  }
}
