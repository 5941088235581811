package org.plenary.forum.posts;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.plenary.forum.api.PostFacts;
import org.plenary.forum.api.TranscriptPost;
import org.plenary.platform.database.Columns;
import org.plenary.platform.events.EventType;
import org.plenary.platform.events.Outbox;

/** Posts in PostgreSQL. */
public final class PostStore {

  private final Pool pool;

  public PostStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Optional<Post>> findView(long id) {
    return pool.preparedQuery(PostQueries.FIND_VIEW).execute(Tuple.of(id)).map(rows -> first(rows, Rows::post));
  }

  public Future<List<Post>> findViews(Collection<Long> ids) {
    return pool.preparedQuery(PostQueries.FIND_VIEWS).execute(Tuple.of(ids.toArray(Long[]::new)))
        .map(rows -> list(rows, Rows::post));
  }

  public Future<Optional<PostFacts>> facts(long id) {
    return pool.preparedQuery(PostQueries.FACTS).execute(Tuple.of(id)).map(rows -> first(rows, Rows::facts));
  }

  /**
   * Up to {@code limit} posts after sequence {@code afterSeq}, in order; the Markdown only of the posts of
   * {@code author} (the reader, who may edit them).
   */
  public Future<List<Post>> pageAfter(UUID threadId, int afterSeq, int limit, Optional<UUID> author) {
    return pool.preparedQuery(PostQueries.PAGE_FORWARD)
        .execute(Tuple.of(threadId, afterSeq, limit, author.orElse(null)))
        .map(rows -> list(rows, Rows::post));
  }

  /** The thread's current (active, not hidden) official positions, in order. */
  public Future<List<Post>> currentPositions(UUID threadId) {
    return pool.preparedQuery(PostQueries.CURRENT_POSITIONS).execute(Tuple.of(threadId))
        .map(rows -> list(rows, Rows::post));
  }

  /** The sequence number of post {@code postId} in the thread, if it is one of the thread's. */
  public Future<Optional<Integer>> seqInThread(UUID threadId, long postId) {
    return pool.preparedQuery(PostQueries.SEQ_IN_THREAD).execute(Tuple.of(postId, threadId))
        .map(rows -> first(rows, row -> row.getInteger("seq")));
  }

  /** Up to {@code limit} posts before sequence {@code beforeSeq}, returned in order; Markdown as {@link #pageAfter}. */
  public Future<List<Post>> pageBefore(UUID threadId, int beforeSeq, int limit, Optional<UUID> author) {
    return pool.preparedQuery(PostQueries.PAGE_BACKWARD)
        .execute(Tuple.of(threadId, beforeSeq, limit, author.orElse(null)))
        .map(rows -> {
          List<Post> page = list(rows, Rows::post);
          Collections.reverse(page);
          return page;
        });
  }

  public Future<List<TranscriptPost>> transcript(UUID threadId) {
    return pool.preparedQuery(PostQueries.TRANSCRIPT).execute(Tuple.of(threadId)).map(rows -> list(rows, Rows::transcript));
  }

  /** Every version of the post, oldest first, the current one last. */
  public Future<List<PostVersion>> versions(long postId) {
    return pool.preparedQuery(PostQueries.VERSIONS).execute(Tuple.of(postId)).map(rows -> list(rows, Rows::version));
  }

  /** The post, its row locked for the rest of the transaction. */
  Future<Optional<LockedPost>> lockForWrite(SqlClient client, long id) {
    return client.preparedQuery(PostQueries.FIND_FOR_WRITE).execute(Tuple.of(id)).map(rows -> first(rows, Rows::locked));
  }

  /** Thread, kind, organization and status of a post, for checking references to it. */
  Future<Optional<PostBasics>> basics(SqlClient client, long id) {
    return client.preparedQuery(PostQueries.BASICS).execute(Tuple.of(id)).map(rows -> first(rows, Rows::basics));
  }

  Future<Set<String>> statesAmong(SqlClient client, List<String> ids) {
    return client.preparedQuery(PostQueries.STATES_AMONG).execute(Tuple.of(ids.toArray(String[]::new)))
        .map(rows -> {
          Set<String> states = new HashSet<>();
          rows.forEach(row -> states.add(row.getString("id")));
          return states;
        });
  }

  Future<Set<String>> membersAmong(SqlClient client, String organizationId, List<String> ids) {
    return client.preparedQuery(PostQueries.MEMBERS_AMONG)
        .execute(Tuple.tuple().addString(organizationId).addArrayOfString(ids.toArray(String[]::new)))
        .map(rows -> {
          Set<String> members = new HashSet<>();
          rows.forEach(row -> members.add(row.getString("state_id")));
          return members;
        });
  }

  /** Names the States a joint statement is delivered on behalf of: the delivering one confirmed, others pending. */
  Future<Void> nameOnBehalfOf(SqlClient client, long postId, List<String> states, String deliveredBy, UUID authorId) {
    return states.isEmpty() ? Future.succeededFuture() : client.preparedQuery(PostQueries.NAME_ON_BEHALF_OF)
        .execute(Tuple.of(postId, states.toArray(String[]::new), deliveredBy, authorId)).mapEmpty();
  }

  /** The consent of a State named by the statement, locked for the transaction; empty if it is not named. */
  Future<Optional<Consent>> consentForUpdate(SqlClient client, long postId, String state) {
    return client.preparedQuery(PostQueries.CONSENT_FOR_UPDATE).execute(Tuple.of(postId, state))
        .map(rows -> first(rows, row -> Consent.fromWire(row.getString("consent"))));
  }

  Future<Void> decideConsent(SqlClient client, long postId, String state, Consent consent, UUID decidedBy) {
    return client.preparedQuery(PostQueries.DECIDE_CONSENT)
        .execute(Tuple.of(postId, state, consent.wire(), decidedBy)).mapEmpty();
  }

  /** The States asked again to confirm a statement whose words changed (see the query). */
  Future<List<String>> confirmedToPending(SqlClient client, long postId, String deliveredBy) {
    return client.preparedQuery(PostQueries.CONFIRMED_TO_PENDING).execute(Tuple.of(postId, deliveredBy))
        .map(rows -> {
          List<String> states = new ArrayList<>();
          rows.forEach(row -> states.add(row.getString("state_id")));
          return states;
        });
  }

  /** How many rights of reply the organization made in the thread today (UTC), and when the next day starts. */
  public Future<RightsOfReply.Used> rightsOfReplyToday(SqlClient client, UUID threadId, String organizationId) {
    return client.preparedQuery(PostQueries.RIGHTS_OF_REPLY_TODAY).execute(Tuple.of(threadId, organizationId))
        .map(rows -> {
          Row row = rows.iterator().next();
          return new RightsOfReply.Used(row.getLong("used").intValue(), Columns.instant(row, "next_day"));
        });
  }

  /** How many rights of reply the post's State made in its thread before it, on the same (UTC) day. */
  Future<Integer> rightsOfReplyBefore(SqlClient client, long postId) {
    return client.preparedQuery(PostQueries.RIGHTS_OF_REPLY_BEFORE).execute(Tuple.of(postId))
        .map(rows -> rows.iterator().next().getLong("before").intValue());
  }

  Future<List<Long>> supersedeCurrentPosition(SqlClient client, UUID threadId, String organizationId) {
    return client.preparedQuery(PostQueries.SUPERSEDE_CURRENT_POSITION).execute(Tuple.of(threadId, organizationId))
        .map(rows -> {
          List<Long> ids = new ArrayList<>();
          rows.forEach(row -> ids.add(row.getLong("id")));
          return ids;
        });
  }

  record NewPost(UUID threadId, Long parentId, PostKind kind, UUID authorId, String organizationId,
                 String language, String bodyMarkdown, String bodyHtml, List<String> onBehalfOf, Long alignsWith,
                 Integer guidingQuestion) {
  }

  /** Inserts the post together with its {@code created} event; the post's number comes at commit. */
  Future<Long> insert(SqlConnection client, NewPost p, EventType created) {
    return client.preparedQuery(PostQueries.INSERT_WITH_EVENT).execute(Tuple.tuple()
            .addUUID(p.threadId()).addLong(p.parentId()).addString(p.kind().wire())
            .addUUID(p.authorId()).addString(p.organizationId()).addString(p.language())
            .addString(p.bodyMarkdown()).addString(p.bodyHtml()).addLong(p.alignsWith()).addInteger(p.guidingQuestion())
            .addString(created.name()))
        .map(rows -> rows.iterator().next().getLong("id"))
        .compose(id -> Outbox.recordedInStatement(client, created, "thread:" + p.threadId(),
            new JsonObject().put("threadId", p.threadId().toString()).put("postId", id)).map(id))
        .compose(id -> nameOnBehalfOf(client, id, p.onBehalfOf(), p.organizationId(), p.authorId()).map(id));
  }

  Future<Void> markSupersededBy(SqlClient client, List<Long> superseded, long by) {
    return superseded.isEmpty() ? Future.succeededFuture()
        : client.preparedQuery(PostQueries.MARK_SUPERSEDED_BY).execute(Tuple.of(superseded.toArray(Long[]::new), by))
            .mapEmpty();
  }

  Future<Void> countReply(SqlClient client, long parentId) {
    return client.preparedQuery(PostQueries.COUNT_REPLY).execute(Tuple.of(parentId)).mapEmpty();
  }

  /** Keeps the current version among the post's versions, then writes the new one. */
  Future<Void> edit(SqlClient client, LockedPost current, String language, String markdown, String html) {
    return client.preparedQuery(PostQueries.KEEP_VERSION).execute(Tuple.tuple()
            .addLong(current.id()).addInteger(current.version())
            .addString(current.language()).addString(current.bodyMarkdown())
            .addString(current.bodyHtml()).addOffsetDateTime(current.writtenAt().atOffset(ZoneOffset.UTC)))
        .compose(kept -> client.preparedQuery(PostQueries.EDIT)
            .execute(Tuple.of(current.id(), language, markdown, html)))
        .mapEmpty();
  }

  Future<Void> withdraw(SqlClient client, long id, String reason) {
    return client.preparedQuery(PostQueries.WITHDRAW).execute(Tuple.of(id, reason)).mapEmpty();
  }

  public Future<Void> hide(SqlClient client, long id, String reason, UUID moderatorId) {
    return client.preparedQuery(PostQueries.HIDE).execute(Tuple.of(id, reason, moderatorId)).mapEmpty();
  }

  public Future<Void> restore(SqlClient client, long id) {
    return client.preparedQuery(PostQueries.RESTORE).execute(Tuple.of(id)).mapEmpty();
  }

  private static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> mapping) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(mapping.apply(rows.iterator().next()));
  }

  private static <T> List<T> list(RowSet<Row> rows, Function<Row, T> mapping) {
    List<T> list = new ArrayList<>(rows.size());
    rows.forEach(row -> list.add(mapping.apply(row)));
    return list;
  }
}
