package org.plenary.forum.threads;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.api.ForumEvents;
import org.plenary.forum.markdown.MarkdownRenderer;
import org.plenary.forum.topics.TopicStore;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.search.SearchIndex;
import org.plenary.forum.ForumSearchDocuments;
import org.plenary.platform.wire.WireEnum;

/** Opening and changing threads, with the rules of who may do what. */
public final class ThreadService {

  private final Pool pool;
  private final ThreadStore threads;
  private final TopicStore topics;
  private final SearchIndex search;

  public ThreadService(Pool pool, ThreadStore threads, TopicStore topics, SearchIndex search) {
    this.pool = pool;
    this.threads = threads;
    this.topics = topics;
    this.search = search;
  }

  public Future<UUID> open(Participant opener, String topicId, JsonObject request) {
    ThreadKind kind = WireEnum.parse(ThreadKind.class, request.getString("kind", "discussion"));
    mayOpen(opener, kind);
    Instant opensAt = instant(request, "opensAt");
    Instant closesAt = instant(request, "closesAt");
    if (kind == ThreadKind.CONSULTATION && closesAt == null) {
      throw Failure.invalid("A consultation is time-boxed: give it a closesAt.");
    }
    checkWindow(opensAt, closesAt);
    String language = request.getString("language", "en");
    String body = request.getString("body", "");
    List<String> tags = strings(request.getJsonArray("tags"));
    ThreadStore.NewThread thread = new ThreadStore.NewThread(topicId, kind,
        WireEnum.parse(Audience.class, request.getString("audience", "participants")), request.getString("title"),
        body, MarkdownRenderer.render(body, language), language, opensAt, closesAt,
        strings(request.getJsonArray("guidingQuestions")), request.getBoolean("chathamHouse", false), tags,
        opener.id(), opener.organization().id());
    return pool.withTransaction(conn -> topics.exists(conn, topicId)
        .compose(exists -> exists ? requireKnownTags(conn, tags)
            : Future.failedFuture(Failure.notFound("There is no topic '" + topicId + "'.")))
        .compose(ok -> threads.insert(conn, thread))
        .compose(id -> threads.find(conn, id)
            .compose(inserted -> search.put(conn, ForumSearchDocuments.thread(inserted.orElseThrow())))
            .compose(indexed -> Outbox.record(conn, ForumEvents.THREAD_CREATED, "thread:" + id,
                new JsonObject().put("threadId", id.toString()).put("topicId", topicId)))
            .map(id)));
  }

  public Future<Void> change(Participant editor, UUID id, JsonObject patch) {
    return pool.withTransaction(conn -> threads.findForUpdate(conn, id)
        .map(found -> ThreadAccess.requireReadable(found, Reader.of(editor)))
        .compose(current -> {
          ForumThread changed = applyPatch(editor, current, patch);
          ThreadEditRules.refuseAuthorIfFrozen(editor, current, patch);
          return requireKnownTags(conn, changed.tags())
              .compose(ok -> ThreadEditRules.keepAnsweredQuestions(conn, threads, current, changed))
              .compose(ok -> threads.update(conn, changed))
              .compose(ok -> search.put(conn, ForumSearchDocuments.thread(changed)))
              .compose(ok -> search.setAccess(conn, ForumSearchDocuments.threadScope(id), changed.audience().wire(),
                  changed.chathamHouse()))
              .compose(ok -> auditModeration(conn, editor, current, changed, patch.getString("reason")))
              .compose(ok -> ThreadEditRules.auditContentChange(conn, editor, current, changed, patch.getString("reason")))
              .compose(ok -> Outbox.record(conn, ForumEvents.THREAD_UPDATED, "thread:" + id,
                  new JsonObject().put("threadId", id.toString())));
        }));
  }

  /** Those who run the dialogue (moderators, the Chair, the Secretariat) open every kind of thread. */
  private static void mayOpen(Participant opener, ThreadKind kind) {
    if (kind.openedOnlyByTheSecretariatSide() && !opener.runsTheDialogue()) {
      throw Failure.forbidden("Only moderators, the Chair and the Secretariat open a " + kind.wire() + " thread.");
    }
    if (!opener.runsTheDialogue() && !Reader.of(opener).isDelegateOfAGovernment()) {
      throw Failure.forbidden("Threads are opened by delegates of States and intergovernmental organizations,"
          + " moderators, the Chair and the Secretariat.");
    }
  }

  private static ForumThread applyPatch(Participant editor, ForumThread t, JsonObject patch) {
    boolean moderates = editor.isModeratorOrSecretariat();
    if (!moderates && !t.authorId().equals(editor.id())) {
      throw Failure.forbidden("Only the thread's author or a moderator may change it.");
    }
    for (String field : List.of("status", "audience", "chathamHouse")) {
      if (patch.containsKey(field) && !moderates) {
        throw Failure.forbidden("Only moderators and the Secretariat change a thread's " + field + ".");
      }
    }
    boolean chathamHouse = patch.getBoolean("chathamHouse", t.chathamHouse());
    if (t.chathamHouse() && !chathamHouse && t.postCount() > 0) {
      throw Failure.conflict("chatham-house-kept", "The Chatham House Rule stays",
          "The Chatham House Rule cannot be lifted once people have posted under it: it would reveal who said what."
              + " This thread has " + t.postCount() + " post(s); it may still be put under the Rule, never taken out.");
    }
    String body = patch.getString("body", t.bodyMarkdown());
    Instant opensAt = patch.containsKey("opensAt") ? instant(patch, "opensAt") : t.opensAt().orElse(null);
    Instant closesAt = patch.containsKey("closesAt") ? instant(patch, "closesAt") : t.closesAt().orElse(null);
    checkWindow(opensAt, closesAt);
    ThreadStatus status = patch.containsKey("status") ? WireEnum.parse(ThreadStatus.class, patch.getString("status"))
        : t.status();
    boolean statusChanged = status != t.status();
    // every reader is told why a thread was locked or closed; reopening clears the reason
    Optional<String> statusReason = !statusChanged ? t.statusReason()
        : status == ThreadStatus.OPEN ? Optional.empty() : Optional.ofNullable(patch.getString("reason")).map(String::strip)
            .filter(reason -> !reason.isEmpty());
    return new ForumThread(t.id(), t.topicId(), t.kind(),
        patch.containsKey("audience") ? WireEnum.parse(Audience.class, patch.getString("audience")) : t.audience(),
        status, statusReason, statusChanged ? Optional.of(Instant.now()) : t.statusChangedAt(),
        patch.getString("title", t.title()), body,
        body.equals(t.bodyMarkdown()) ? t.bodyHtml() : MarkdownRenderer.render(body, t.language()), t.language(),
        Optional.ofNullable(opensAt), Optional.ofNullable(closesAt),
        patch.containsKey("guidingQuestions") ? strings(patch.getJsonArray("guidingQuestions")) : t.guidingQuestions(),
        chathamHouse, patch.containsKey("tags") ? strings(patch.getJsonArray("tags")) : t.tags(),
        t.authorId(), t.authorName(), t.organizationId(), t.organizationName(), t.organizationKind(), t.postCount(),
        t.createdAt(), Instant.now(), t.lastActivityAt());
  }

  /** Status, audience and Chatham House changes are moderation: each goes to the audit log. */
  private static Future<Void> auditModeration(SqlConnection conn, Participant editor, ForumThread before,
                                              ForumThread after, String reason) {
    Future<Void> done = Future.succeededFuture();
    if (before.status() != after.status()) {
      String action = switch (after.status()) {
        case OPEN -> "thread.reopened";
        case CLOSED -> "thread.closed";
        case LOCKED -> "thread.locked";
      };
      done = done.compose(v -> AuditLog.append(conn, editor.id(), action, "thread", before.id().toString(), reason,
          new JsonObject().put("from", before.status().wire()).put("to", after.status().wire())));
    }
    if (before.audience() != after.audience()) {
      done = done.compose(v -> AuditLog.append(conn, editor.id(), "thread.audience-changed", "thread",
          before.id().toString(), reason,
          new JsonObject().put("from", before.audience().wire()).put("to", after.audience().wire())));
    }
    if (before.chathamHouse() != after.chathamHouse()) {
      done = done.compose(v -> AuditLog.append(conn, editor.id(), "thread.chatham-house-changed", "thread",
          before.id().toString(), reason, new JsonObject().put("chathamHouse", after.chathamHouse())));
    }
    return done;
  }

  private Future<Void> requireKnownTags(SqlConnection conn, List<String> tags) {
    if (tags.isEmpty()) {
      return Future.succeededFuture();
    }
    return threads.unknownTags(conn, tags).compose(unknown -> unknown.isEmpty() ? Future.succeededFuture()
        : Future.failedFuture(Failure.invalid("Unknown tags " + unknown + "; GET /api/v1/tags lists them.")));
  }

  private static void checkWindow(Instant opensAt, Instant closesAt) {
    if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
      throw Failure.invalid("closesAt must be after opensAt.");
    }
  }

  private static Instant instant(JsonObject json, String field) {
    String value = json.getString(field);
    return value == null ? null : Instant.parse(value);
  }

  private static List<String> strings(JsonArray array) {
    return array == null ? List.of() : array.stream().map(String::valueOf).toList();
  }
}
