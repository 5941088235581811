package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.forum.Forum;
import org.plenary.forum.ForumRules;
import org.plenary.forum.ForumSearchDocuments;
import org.plenary.forum.api.ForumEvents;
import org.plenary.forum.markdown.MarkdownRenderer;
import org.plenary.forum.posts.PostKind;
import org.plenary.forum.threads.ForumThread;
import org.plenary.forum.threads.Reader;
import org.plenary.forum.threads.ThreadAccess;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.search.SearchDocument;
import org.plenary.platform.search.SearchIndex;
import org.plenary.platform.wire.WireEnum;

/**
 * Writes one part of the demo's weeks, all its posts in one transaction, at the times the part names: hundreds of
 * posts through the forum's service would each commit on its own, at the moment of seeding. It keeps the forum's
 * rules of who may write what where ({@link ForumRules}, {@link ThreadAccess}), supersedes an organization's earlier
 * position, feeds the search index with the forum's documents and records each post's event, as the service does.
 */
final class DemoPosts {

  private static final String ACTIVE_POSITIONS = "SELECT organization_id, id FROM post WHERE thread_id = $1"
      + " AND kind = 'position' AND status = 'active'";
  private static final String IDS = "SELECT nextval(pg_get_serial_sequence('post', 'id')) AS id"
      + " FROM generate_series(1, $1)";
  private static final String SUPERSEDED = "UPDATE post SET status = 'superseded' WHERE id = $1";
  private static final String SUPERSEDED_BY = "UPDATE post SET superseded_by = $2 WHERE id = $1";
  private static final String INSERT = "INSERT INTO post (id, thread_id, seq, parent_id, kind, author_id,"
      + " organization_id, language, body_markdown, body_html, aligns_with, guiding_question, created_at)"
      + " OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";
  private static final String COUNT = "UPDATE thread SET post_count = post_count + $2 WHERE id = $1";
  private static final String REPLIES = "UPDATE post p SET reply_count = r.replies FROM (SELECT parent_id,"
      + " count(*) AS replies FROM post WHERE thread_id = $1 AND parent_id IS NOT NULL GROUP BY parent_id) r"
      + " WHERE p.id = r.parent_id";
  private static final String NAME_STATE = "INSERT INTO post_on_behalf_of (post_id, state_id, consent, named_at,"
      + " decided_at, decided_by) VALUES ($1, $2, $3, $4, $5, $6)";
  private static final String THREAD_TIMES = "UPDATE thread SET created_at = $2, updated_at = $2,"
      + " last_activity_at = greatest($2, (SELECT max(created_at) FROM post WHERE thread_id = $1)) WHERE id = $1";
  private static final String THREAD_INDEXED_AT = "UPDATE search_document SET created_at = $2"
      + " WHERE id = 'thread:' || $1::text";

  private final Pool pool;
  private final Forum forum;
  private final SearchIndex search;
  private final DemoCast cast;
  private final DemoTimes times;
  private final Map<String, UUID> threads;
  private final Map<String, Long> keys;

  DemoPosts(Pool pool, Forum forum, SearchIndex search, DemoCast cast, DemoTimes times, ForumDemo opened) {
    this.pool = pool;
    this.forum = forum;
    this.search = search;
    this.cast = cast;
    this.times = times;
    this.threads = opened.threads();
    this.keys = opened.posts();
  }

  /** A part's threads (opened already, or continued) and their posts; the writers are resolved first. */
  Future<Integer> write(JsonArray partThreads) {
    Set<String> people = new HashSet<>();
    for (Object entry : partThreads) {
      for (Object post : ((JsonObject) entry).getJsonArray("posts", new JsonArray())) {
        people.add(((JsonObject) post).getString("by"));
        ((JsonObject) post).getJsonArray("confirmedBy", new JsonArray()).forEach(user -> people.add((String) user));
      }
    }
    // each becomes a participant in a transaction of its own, all at once
    Future<Void> resolved = Future.all(people.stream().map(cast::participant).toList()).mapEmpty();
    return resolved.compose(v -> pool.withTransaction(conn -> {
      Future<Integer> written = Future.succeededFuture(0);
      for (Object entry : partThreads) {
        JsonObject thread = (JsonObject) entry;
        written = written.compose(count -> writeThread(conn, thread).map(more -> count + more));
      }
      return written;
    }));
  }

  private Future<Integer> writeThread(SqlConnection conn, JsonObject script) {
    String key = script.getString("continues", script.getString("key"));
    UUID id = threads.get(key);
    JsonArray list = script.getJsonArray("posts", new JsonArray());
    return forum.threads().findForUpdate(conn, id).compose(found -> {
      ForumThread thread = found.orElseThrow(() -> new IllegalStateException("no thread " + key));
      Future<Void> written = conn.preparedQuery(ACTIVE_POSITIONS).execute(Tuple.of(id)).compose(active ->
          conn.preparedQuery(IDS).execute(Tuple.of(list.size())).compose(ids -> {
            Map<String, Long> positions = new HashMap<>();
            active.forEach(row -> positions.put(row.getString("organization_id"), row.getLong("id")));
            List<Long> newIds = new ArrayList<>();
            ids.forEach(row -> newIds.add(row.getLong("id")));
            return insert(conn, thread, list, newIds, positions);
          }));
      if (script.containsKey("continues")) {
        return written.map(list.size());
      }
      OffsetDateTime opened = utc(times.at(script.getJsonArray("opened"), thread.organizationId()));
      return written.compose(v -> conn.preparedQuery(THREAD_TIMES).execute(Tuple.of(id, opened)))
          .compose(v -> conn.preparedQuery(THREAD_INDEXED_AT).execute(Tuple.of(id.toString(), opened)))
          .map(list.size());
    });
  }

  /** The thread's posts in a few statements: the ids are drawn first, so replies name their parents in the batch. */
  private Future<Void> insert(SqlConnection conn, ForumThread thread, JsonArray list, List<Long> ids,
                              Map<String, Long> positions) {
    Written written = new Written();
    for (int i = 0; i < list.size(); i++) {
      JsonObject script = list.getJsonObject(i);
      Participant author = cast.resolved(script.getString("by"));
      PostKind kind = WireEnum.parse(PostKind.class, script.getString("kind"));
      ForumRules.requireMayWrite(author, kind);
      ThreadAccess.requireReadable(Optional.of(thread), Reader.of(author));
      long id = ids.get(i);
      String organization = author.organization().id();
      if (kind == PostKind.POSITION) {
        Long earlier = positions.put(organization, id);
        if (earlier != null) {
          written.superseded.add(Tuple.of(earlier, id));
        }
      }
      OffsetDateTime at = utc(times.at(script.getJsonArray("at"), organization));
      String body = script.getString("body").strip();
      String language = script.getString("language");
      written.rows.add(Tuple.of(id, thread.id(), thread.postCount() + i + 1).addValue(reference(script, "parent"))
          .addString(kind.wire()).addUUID(author.id()).addString(organization).addString(language).addString(body)
          .addString(MarkdownRenderer.render(body, language)).addValue(reference(script, "alignsWith"))
          .addValue(script.getInteger("guidingQuestion")).addValue(at));
      if (script.containsKey("key")) {
        keys.put(script.getString("key"), id);
      }
      written.documents.add(ForumSearchDocuments.post(thread, id, kind.wire(), body, language, false, author.id(),
          organization, at.toInstant()));
      written.events.add(new JsonObject().put("threadId", thread.id().toString()).put("postId", id));
      jointStatement(script, author, id, at, written, thread);
    }
    String stream = "thread:" + thread.id();
    // an earlier position steps aside before the new one is written (one current position per organization)
    return batch(conn, SUPERSEDED, written.superseded.stream().map(t -> Tuple.of(t.getLong(0))).toList())
        .compose(v -> batch(conn, INSERT, written.rows))
        .compose(v -> batch(conn, SUPERSEDED_BY, written.superseded))
        .compose(v -> conn.preparedQuery(COUNT).execute(Tuple.of(thread.id(), list.size())).mapEmpty())
        .compose(v -> conn.preparedQuery(REPLIES).execute(Tuple.of(thread.id())).mapEmpty())
        .compose(v -> batch(conn, NAME_STATE, written.named))
        .compose(v -> Future.all(written.documents.stream().map(d -> search.put(conn, d)).toList()).mapEmpty())
        .compose(v -> Outbox.recordEach(conn, ForumEvents.POST_CREATED,
            written.events.stream().map(e -> stream).toList(), written.events))
        .compose(v -> Outbox.recordEach(conn, ForumEvents.JOINT_STATEMENT_REQUESTED,
            written.requests.stream().map(r -> stream).toList(), written.requests));
  }

  /** What a thread's batch writes, gathered before it is written. */
  private static final class Written {
    private final List<Tuple> rows = new ArrayList<>();
    private final List<Tuple> superseded = new ArrayList<>();
    private final List<Tuple> named = new ArrayList<>();
    private final List<SearchDocument> documents = new ArrayList<>();
    private final List<JsonObject> events = new ArrayList<>();
    private final List<JsonObject> requests = new ArrayList<>();
  }

  /** The States a joint statement names: the delivering one and those of {@code confirmedBy} confirmed, later. */
  private void jointStatement(JsonObject script, Participant author, long id, OffsetDateTime at, Written written,
                              ForumThread thread) {
    JsonArray states = script.getJsonArray("onBehalfOf");
    if (states == null) {
      return;
    }
    Map<String, Participant> deciders = new HashMap<>();
    deciders.put(author.organization().id(), author);
    for (Object user : script.getJsonArray("confirmedBy", new JsonArray())) {
      Participant state = cast.resolved((String) user);
      deciders.put(state.organization().id(), state);
    }
    List<String> pending = new ArrayList<>();
    for (Object entry : states) {
      String state = (String) entry;
      Participant decider = deciders.get(state);
      if (decider == null) {
        pending.add(state);
        written.named.add(Tuple.of(id, state, "pending", at, null, null));
      } else {
        written.named.add(Tuple.of(id, state, "confirmed", at, decider == author ? at : at.plusHours(2), decider.id()));
      }
    }
    if (!pending.isEmpty()) {
      written.requests.add(new JsonObject().put("threadId", thread.id().toString()).put("postId", id)
          .put("organizationId", author.organization().id()).put("states", new JsonArray(pending)));
    }
  }

  private Long reference(JsonObject script, String field) {
    String key = script.getString(field);
    if (key == null) {
      return null;
    }
    Long id = keys.get(key);
    if (id == null) {
      throw new IllegalStateException("the demo names an unknown post '" + key + "' as " + field);
    }
    return id;
  }

  private static Future<Void> batch(SqlConnection conn, String sql, List<Tuple> tuples) {
    return tuples.isEmpty() ? Future.succeededFuture() : conn.preparedQuery(sql).executeBatch(tuples).mapEmpty();
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
