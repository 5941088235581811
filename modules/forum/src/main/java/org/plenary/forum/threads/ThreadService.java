package org.plenary.forum.threads;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.ForumRules;
import org.plenary.forum.api.ForumEvents;
import org.plenary.forum.api.KnownDocuments;
import org.plenary.forum.markdown.MarkdownRenderer;
import org.plenary.forum.topics.TopicStore;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.search.SearchIndex;
import org.plenary.forum.ForumSearchDocuments;

/** Opening and changing threads, with the rules of who may do what. */
public final class ThreadService {

  private final Pool pool;
  private final ThreadStore threads;
  private final TopicStore topics;
  private final SearchIndex search;
  private final KnownDocuments documents;

  public ThreadService(Pool pool, ThreadStore threads, TopicStore topics, SearchIndex search) {
    this(pool, threads, topics, search, KnownDocuments.NONE);
  }

  /** {@code documents}: which symbols in thread bodies link to the document registry's pages. */
  public ThreadService(Pool pool, ThreadStore threads, TopicStore topics, SearchIndex search,
                       KnownDocuments documents) {
    this.documents = documents;
    this.pool = pool;
    this.threads = threads;
    this.topics = topics;
    this.search = search;
  }

  /** The new thread's id. */
  public Future<UUID> open(Participant opener, OpenThread command) {
    ThreadKind kind = command.kind();
    ForumRules.requireMayOpen(opener, kind);
    Instant opensAt = command.opensAt().orElse(null);
    Instant closesAt = command.closesAt().orElse(null);
    if (kind == ThreadKind.CONSULTATION && closesAt == null) {
      throw Failure.invalid("A consultation is time-boxed: give it a closesAt.");
    }
    checkWindow(opensAt, closesAt);
    String topicId = command.topicId();
    String language = command.language();
    String body = command.body();
    List<String> tags = command.tags();
    return documents.pages(MarkdownRenderer.registrySymbols(body)).compose(pages -> insert(topicId, tags,
        new ThreadStore.NewThread(topicId, kind, command.audience(), command.title(), body,
            MarkdownRenderer.render(body, language, pages), language, opensAt, closesAt, command.guidingQuestions(),
            command.chathamHouse(), tags, opener.id(), opener.organization().id())));
  }

  private Future<UUID> insert(String topicId, List<String> tags, ThreadStore.NewThread thread) {
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

  public Future<Void> change(Participant editor, EditThread change) {
    UUID id = change.threadId();
    String reason = change.reason().orElse(null);
    return documents.pages(MarkdownRenderer.registrySymbols(change.body().orElse(""))).compose(pages ->
        pool.withTransaction(conn -> threads.findForUpdate(conn, id)
        .map(found -> ThreadAccess.requireReadable(found, Reader.of(editor)))
        .compose(current -> {
          ForumThread changed = applyChange(editor, current, change, pages);
          ThreadEditRules.refuseAuthorIfFrozen(editor, current, change);
          return requireKnownTags(conn, changed.tags())
              .compose(ok -> ThreadEditRules.keepAnsweredQuestions(conn, threads, current, changed))
              .compose(ok -> threads.update(conn, changed))
              .compose(ok -> search.put(conn, ForumSearchDocuments.thread(changed)))
              .compose(ok -> search.setAccess(conn, ForumSearchDocuments.threadScope(id), changed.audience().wire(),
                  changed.chathamHouse()))
              .compose(ok -> auditModeration(conn, editor, current, changed, reason))
              .compose(ok -> ThreadEditRules.auditContentChange(conn, editor, current, changed, reason))
              .compose(ok -> Outbox.record(conn, ForumEvents.THREAD_UPDATED, "thread:" + id,
                  new JsonObject().put("threadId", id.toString())));
        })));
  }

  private static ForumThread applyChange(Participant editor, ForumThread t, EditThread change,
                                         Map<String, String> pages) {
    ForumRules.requireMayChange(editor, t.authorId(), change);
    boolean chathamHouse = change.chathamHouse().orElse(t.chathamHouse());
    if (t.chathamHouse() && !chathamHouse && t.postCount() > 0) {
      throw Failure.conflict("chatham-house-kept", "The Chatham House Rule stays",
          "The Chatham House Rule cannot be lifted once people have posted under it: it would reveal who said what."
              + " This thread has " + t.postCount() + " post(s); it may still be put under the Rule, never taken out.");
    }
    String body = change.body().orElse(t.bodyMarkdown());
    Optional<Instant> opensAt = change.opensAt().map(EditThread.DateChange::to).orElse(t.opensAt());
    Optional<Instant> closesAt = change.closesAt().map(EditThread.DateChange::to).orElse(t.closesAt());
    checkWindow(opensAt.orElse(null), closesAt.orElse(null));
    ThreadStatus status = change.status().orElse(t.status());
    boolean statusChanged = status != t.status();
    // every reader is told why a thread was locked or closed; reopening clears the reason
    Optional<String> statusReason = !statusChanged ? t.statusReason()
        : status == ThreadStatus.OPEN ? Optional.empty() : change.reason().map(String::strip)
            .filter(reason -> !reason.isEmpty());
    return new ForumThread(t.id(), t.topicId(), t.kind(), change.audience().orElse(t.audience()),
        status, statusReason, statusChanged ? Optional.of(Instant.now()) : t.statusChangedAt(),
        change.title().orElse(t.title()), body,
        body.equals(t.bodyMarkdown()) ? t.bodyHtml() : MarkdownRenderer.render(body, t.language(), pages), t.language(),
        opensAt, closesAt, change.guidingQuestions().orElse(t.guidingQuestions()),
        chathamHouse, change.tags().orElse(t.tags()),
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
}
