package org.plenary.forum.threads;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Threads in PostgreSQL. All SQL of threads is here. */
public final class ThreadStore {

  /** A thread with its opener's names, as {@link Rows#thread} reads it. */
  static final String COLUMNS = "t.id, t.topic_id, t.kind, t.audience, t.status, t.status_reason,"
      + " t.status_changed_at, t.title, t.body_markdown, t.body_html, t.language, t.opens_at, t.closes_at,"
      + " t.guiding_questions, t.chatham_house, t.tags, t.author_id, a.display_name AS author_name, t.organization_id,"
      + " o.name AS organization_name, o.kind AS organization_kind,"
      + " t.post_count, t.created_at, t.updated_at, t.last_activity_at";
  /** The opener's names for {@link #COLUMNS}, joined to a thread (or a page of threads) named {@code t}. */
  static final String OPENER_JOINS = " JOIN participant a ON a.id = t.author_id"
      + " JOIN organization o ON o.id = t.organization_id";
  static final String FROM = " FROM thread t" + OPENER_JOINS;

  private static final String FIND = "SELECT " + COLUMNS + FROM + " WHERE t.id = $1";
  /**
   * The thread's turn lock, an advisory lock per thread (720_107 and a hash of its id; two threads sharing a hash only
   * wait for each other's changes): posts and other writes under the thread take it shared, a change of the thread
   * exclusive. PostgreSQL queues a shared request behind a waiting exclusive one, which row locks do not do: with
   * only the row's key-share lock, a stream of posts into a busy thread could keep a moderator's lock waiting for as
   * long as it lasts. Taken in the statement that reads the thread, before its row lock, so the row read is the one
   * left by a change it waited for.
   */
  private static final String TURN = " AND (SELECT true FROM pg_advisory_xact_lock%s(720107, hashtext($1::uuid::text)))";
  /**
   * The thread, its turn taken shared and its row key-share-locked: a change of the thread (FOR UPDATE) waits until
   * the transaction that read it ends, and the reader for a change begun first. Key share, not share: it lets a
   * post's number be given at commit, which updates the thread's counters ({@code post_number_at_commit}, V175),
   * while others hold it.
   */
  private static final String FIND_FOR_KEY_SHARE = FIND + TURN.formatted("_shared") + " FOR KEY SHARE OF t";
  private static final String FIND_FOR_UPDATE = FIND + TURN.formatted("") + " FOR UPDATE OF t";
  /**
   * What a page of the thread's posts depends on, and the position of the thread's last event (0 before any):
   * the primary key and the last entry of the stream's (stream, commit_order) index, no post read.
   */
  static final String HEAD = "SELECT t.audience, t.chatham_house, t.post_count, coalesce((SELECT max(e.commit_order)"
      + " FROM outbox_event e WHERE e.stream = 'thread:' || $1::uuid::text), 0) AS position FROM thread t WHERE t.id = $1::uuid";
  private static final String FIND_ALL = "SELECT " + COLUMNS + FROM + " WHERE t.id = ANY ($1)";
  private static final String FIND_ALL_FOR_KEY_SHARE = FIND_ALL + " FOR KEY SHARE OF t";

  private static final String INSERT = "INSERT INTO thread (topic_id, kind, audience, title, body_markdown, body_html,"
      + " language, opens_at, closes_at, guiding_questions, chatham_house, tags, author_id, organization_id)"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id";

  private static final String ANSWERED_QUESTIONS = "SELECT DISTINCT guiding_question FROM post"
      + " WHERE thread_id = $1 AND guiding_question IS NOT NULL ORDER BY guiding_question";
  private static final String UPDATE = "UPDATE thread SET title = $2, body_markdown = $3, body_html = $4,"
      + " audience = $5, status = $6, opens_at = $7, closes_at = $8, guiding_questions = $9, chatham_house = $10,"
      + " tags = $11, status_reason = $12, status_changed_at = $13, updated_at = now() WHERE id = $1";

  private static final String UNKNOWN_TAGS = "SELECT t FROM unnest($1::text[]) AS t WHERE t NOT IN (SELECT id FROM tag)";

  private final Pool pool;

  public ThreadStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Optional<ForumThread>> find(UUID id) {
    return find(pool, id);
  }

  /** The thread's {@link ThreadHead}, empty when there is no such thread. */
  public Future<Optional<ThreadHead>> head(UUID id) {
    return pool.preparedQuery(HEAD).execute(Tuple.of(id)).map(rows -> rows.size() == 0 ? Optional.empty()
        : Optional.of(Rows.head(id, rows.iterator().next())));
  }

  public Future<Optional<ForumThread>> find(SqlClient client, UUID id) {
    return client.preparedQuery(FIND).execute(Tuple.of(id))
        .map(ThreadStore::first);
  }

  /**
   * The thread as it stands for the rest of the transaction: a moderator's lock or close waits for it, so
   * nothing changes a post of a thread whose record froze meanwhile.
   */
  public Future<Optional<ForumThread>> findForKeyShare(SqlClient client, UUID id) {
    return client.preparedQuery(FIND_FOR_KEY_SHARE).execute(Tuple.of(id))
        .map(ThreadStore::first);
  }

  /**
   * The thread locked for a change of the thread itself: a post being written (which key-share-locks the row) and
   * the change wait for each other, so a rule read from the thread (its posts, its state) holds until commit.
   */
  public Future<Optional<ForumThread>> findForUpdate(SqlClient client, UUID id) {
    return client.preparedQuery(FIND_FOR_UPDATE).execute(Tuple.of(id))
        .map(ThreadStore::first);
  }

  public Future<Map<UUID, ForumThread>> findAll(Set<UUID> ids) {
    return findAll(pool, FIND_ALL, ids);
  }

  /** The threads, key-share-locked as {@link #findForKeyShare} locks one. */
  public Future<Map<UUID, ForumThread>> findAllForKeyShare(SqlClient client, Set<UUID> ids) {
    return findAll(client, FIND_ALL_FOR_KEY_SHARE, ids);
  }

  private static Future<Map<UUID, ForumThread>> findAll(SqlClient client, String sql, Set<UUID> ids) {
    return client.preparedQuery(sql).execute(Tuple.of(ids.toArray(UUID[]::new))).map(rows -> {
      Map<UUID, ForumThread> byId = new HashMap<>();
      rows.forEach(row -> byId.put(row.getUUID("id"), Rows.thread(row)));
      return byId;
    });
  }

  public record NewThread(String topicId, ThreadKind kind, Audience audience, String title, String bodyMarkdown,
                          String bodyHtml, String language, Instant opensAt, Instant closesAt,
                          List<String> guidingQuestions, boolean chathamHouse, List<String> tags, UUID authorId,
                          String organizationId) {
  }

  public Future<UUID> insert(SqlClient client, NewThread t) {
    return client.preparedQuery(INSERT).execute(Tuple.tuple()
            .addString(t.topicId()).addString(t.kind().wire()).addString(t.audience().wire()).addString(t.title())
            .addString(t.bodyMarkdown()).addString(t.bodyHtml()).addString(t.language())
            .addOffsetDateTime(utc(t.opensAt())).addOffsetDateTime(utc(t.closesAt()))
            .addJsonArray(new JsonArray(t.guidingQuestions())).addBoolean(t.chathamHouse())
            .addArrayOfString(t.tags().toArray(String[]::new)).addUUID(t.authorId()).addString(t.organizationId()))
        .map(rows -> rows.iterator().next().getUUID("id"));
  }

  public Future<Void> update(SqlClient client, ForumThread t) {
    return client.preparedQuery(UPDATE).execute(Tuple.tuple()
            .addUUID(t.id()).addString(t.title()).addString(t.bodyMarkdown()).addString(t.bodyHtml())
            .addString(t.audience().wire()).addString(t.status().wire())
            .addOffsetDateTime(utc(t.opensAt().orElse(null))).addOffsetDateTime(utc(t.closesAt().orElse(null)))
            .addJsonArray(new JsonArray(t.guidingQuestions())).addBoolean(t.chathamHouse())
            .addArrayOfString(t.tags().toArray(String[]::new)).addString(t.statusReason().orElse(null))
            .addOffsetDateTime(utc(t.statusChangedAt().orElse(null))))
        .mapEmpty();
  }

  /** The guiding questions (their indexes) that at least one post of the thread answers, in order. */
  Future<List<Integer>> answeredQuestions(SqlClient client, UUID threadId) {
    return client.preparedQuery(ANSWERED_QUESTIONS).execute(Tuple.of(threadId)).map(rows -> {
      List<Integer> answered = new ArrayList<>();
      rows.forEach(row -> answered.add(row.getInteger("guiding_question")));
      return answered;
    });
  }

  public Future<List<String>> unknownTags(SqlClient client, List<String> tags) {
    return client.preparedQuery(UNKNOWN_TAGS).execute(Tuple.of(tags.toArray(String[]::new)))
        .map(rows -> {
          List<String> unknown = new ArrayList<>();
          for (Row row : rows) {
            unknown.add(row.getString(0));
          }
          return unknown;
        });
  }

  private static Optional<ForumThread> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(Rows.thread(rows.iterator().next()));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
