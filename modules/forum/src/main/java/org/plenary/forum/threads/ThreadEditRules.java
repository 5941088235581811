package org.plenary.forum.threads;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.plenary.forum.ForumRules;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/**
 * What may change in a thread that already has a record: a frozen thread stays as it was for its author (only
 * moderators and the Secretariat still change it, audited), and a guiding question that posts answer keeps its
 * place and its words, whatever the thread's state, or the answers would point at another question.
 */
final class ThreadEditRules {

  private ThreadEditRules() {
  }

  /** Its author no longer changes a thread whose record is frozen: 409 record-frozen, as for its posts. */
  static void refuseAuthorIfFrozen(Participant editor, ForumThread thread, EditThread change) {
    if (ForumRules.moderates(editor) || !change.changesContent()) {
      return;
    }
    thread.recordFrozenBecause(Instant.now()).ifPresent(reason -> {
      throw Failure.conflict("record-frozen", "The record is frozen", "This thread cannot be edited by its author:"
          + " the record is frozen because " + reason + ". Once a thread is closed or locked, or its closing time has"
          + " passed, its author no longer changes its title, introduction, schedule, guiding questions or tags;"
          + " moderators and the Secretariat still may.");
    });
  }

  /** Refuses (409) removing, moving or rewording a guiding question some post answers. */
  static Future<Void> keepAnsweredQuestions(SqlConnection conn, ThreadStore threads, ForumThread before,
                                            ForumThread after) {
    if (before.guidingQuestions().equals(after.guidingQuestions())) {
      return Future.succeededFuture();
    }
    return threads.answeredQuestions(conn, before.id()).compose(answered -> {
      for (int index : answered) {
        String asked = index < before.guidingQuestions().size() ? before.guidingQuestions().get(index) : null;
        String now = index < after.guidingQuestions().size() ? after.guidingQuestions().get(index) : null;
        if (asked != null && !asked.equals(now)) {
          return Future.failedFuture(Failure.conflict("guiding-question-answered", "The guiding question is answered",
              "Guiding question " + (index + 1) + " (\"" + asked + "\") is answered by posts: it cannot be removed,"
                  + " moved or reworded, or the answers would point at another question. Add new questions after"
                  + " the last one; those no post answers may change."));
        }
      }
      return Future.succeededFuture();
    });
  }

  /** A moderator's or the Secretariat's change to a frozen thread's content, or to another's thread, is moderation. */
  static Future<Void> auditContentChange(SqlConnection conn, Participant editor, ForumThread before, ForumThread after,
                                         String reason) {
    boolean frozen = before.recordFrozenBecause(Instant.now()).isPresent();
    if (!ForumRules.moderates(editor) || (!frozen && editor.id().equals(before.authorId()))) {
      return Future.succeededFuture();
    }
    List<String> changed = new ArrayList<>();
    addIf(changed, "title", before.title(), after.title());
    addIf(changed, "body", before.bodyMarkdown(), after.bodyMarkdown());
    addIf(changed, "opensAt", before.opensAt(), after.opensAt());
    addIf(changed, "closesAt", before.closesAt(), after.closesAt());
    addIf(changed, "guidingQuestions", before.guidingQuestions(), after.guidingQuestions());
    addIf(changed, "tags", before.tags(), after.tags());
    return changed.isEmpty() ? Future.succeededFuture() : AuditLog.append(conn, editor.id(), "thread.edited", "thread",
        before.id().toString(), reason, new JsonObject().put("fields", new JsonArray(changed)).put("recordFrozen", frozen));
  }

  private static void addIf(List<String> changed, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changed.add(field);
    }
  }
}
