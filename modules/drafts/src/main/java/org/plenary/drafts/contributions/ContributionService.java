package org.plenary.drafts.contributions;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.drafts.AmendmentAuthors;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.DraftRules;
import org.plenary.drafts.Paragraphs;
import org.plenary.drafts.api.DraftEvents;
import org.plenary.platform.events.EventType;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/**
 * Comments and amendments on paragraphs. Any participant whose organization takes part comments; a
 * delegate proposes amendments, as delegation members do not speak for their organization.
 */
public final class ContributionService {

  private final Pool pool;
  private final ContributionStore store;
  private final DraftAccess access;

  ContributionService(Pool pool, ContributionStore store, DraftAccess access) {
    this.pool = pool;
    this.store = store;
    this.access = access;
  }

  public Future<Long> comment(Participant author, UUID threadId, UUID paragraphId, String body) {
    DraftRules.requireTakesPart(author);
    return access.readableDraft(threadId, Optional.of(author))
        .map(thread -> DraftAccess.requireAccepting(thread, "A comment"))
        .compose(thread -> access.write(pool, thread.id(), locked -> DraftAccess.requireAccepting(locked, "A comment"), conn -> Paragraphs.find(conn, threadId, paragraphId)
            .compose(paragraph -> store.insertComment(conn, paragraph, author, body.strip()))
            .compose(id -> event(conn, DraftEvents.COMMENT_ADDED, threadId, paragraphId, "commentId", id))));
  }

  public Future<Long> proposeAmendment(Participant author, ProposeAmendment command) {
    DraftRules.requireMayAmend(author);
    UUID threadId = command.threadId();
    UUID paragraphId = command.paragraphId();
    String text = command.text().strip();
    String explanation = command.explanation().map(String::strip).filter(e -> !e.isEmpty()).orElse(null);
    return access.readableDraft(threadId, Optional.of(author))
        .map(thread -> DraftAccess.requireAccepting(thread, "An amendment"))
        .compose(thread -> access.write(pool, thread.id(), locked -> DraftAccess.requireAccepting(locked, "An amendment"), conn -> Paragraphs.find(conn, threadId, paragraphId)
            .compose(paragraph -> {
              if (Paragraphs.sameWording(paragraph.text(), text)) {
                throw Failure.invalid("The amendment proposes the paragraph's current text unchanged.");
              }
              return store.insertAmendment(conn, paragraph, author, text, explanation);
            })
            .compose(id -> event(conn, DraftEvents.AMENDMENT_PROPOSED, threadId, paragraphId, "amendmentId", id))));
  }

  /** Its author, or a delegate of the same organization, withdraws an amendment; it stays in the record. */
  public Future<Void> withdrawAmendment(Participant caller, UUID threadId, long amendmentId) {
    DraftRules.requireTakesPart(caller);
    return access.readableDraft(threadId, Optional.of(caller))
        .map(thread -> DraftAccess.requireNotFrozen(thread, "The amendment cannot be withdrawn"))
        .compose(thread -> access.write(pool, thread.id(), locked -> DraftAccess.requireNotFrozen(locked, "The amendment cannot be withdrawn"), conn -> store.lockAmendment(conn, threadId, amendmentId)
            .compose(found -> {
              LockedAmendment amendment = found.orElseThrow(() -> Failure.notFound("Draft " + threadId + " has no amendment "
                  + amendmentId + "."));
              DraftRules.requireMayWithdrawAmendment(caller, amendment.authorId(), amendment.organizationId());
              requireProposed(amendment, "withdrawn");
              return store.withdrawAmendment(conn, amendmentId)
                  .compose(v -> event(conn, DraftEvents.AMENDMENT_WITHDRAWN, threadId, amendment.paragraphId(),
                      "amendmentId", amendmentId))
                  .<Void>mapEmpty();
            })));
  }

  /**
   * Those who publish versions record that the draft does not retain an amendment, judged against its latest
   * version; a later version may still incorporate it. Its author is not named in anything this says.
   */
  public Future<Void> notRetain(Participant caller, UUID threadId, long amendmentId) {
    DraftRules.requireDecidesOnAmendments(caller);
    return access.readableDraft(threadId, Optional.of(caller))
        .map(thread -> DraftAccess.requireNotFrozen(thread, "No amendment is judged (reopen the thread first)"))
        .compose(thread -> {
          return access.write(pool, thread.id(), locked -> DraftAccess.requireNotFrozen(locked, "No amendment is judged (reopen the thread first)"), conn -> store.lockAmendment(conn, threadId, amendmentId)
              .compose(found -> {
                LockedAmendment amendment = found.orElseThrow(() -> Failure.notFound("Draft " + threadId + " has no amendment "
                    + amendmentId + "."));
                requireProposed(amendment, "marked not retained");
                return Paragraphs.latestVersion(conn, threadId)
                    .compose(version -> store.notRetain(conn, amendmentId, version, caller.id())
                        .compose(v -> Outbox.record(conn, DraftEvents.AMENDMENT_NOT_RETAINED, "thread:" + threadId,
                            new JsonObject().put("threadId", threadId.toString())
                                .put("paragraphId", amendment.paragraphId().toString())
                                .put("amendmentId", amendmentId).put("version", version)))
                        .compose(v -> AmendmentAuthors.tell(conn, threadId, version, List.of(new AmendmentAuthors.Decision(
                            amendment.authorId(), amendmentId, amendment.paragraphId(),
                            "not-retained", null)))));
              }));
        });
  }

  /** Only a proposed amendment is withdrawn or judged; the others say what became of them. */
  private static void requireProposed(LockedAmendment amendment, String what) {
    String status = amendment.status();
    if (!"proposed".equals(status)) {
      String became = switch (status) {
        case "withdrawn" -> "was withdrawn";
        case "incorporated" -> "was incorporated in "
            + DraftAccess.versionLabel(amendment.decidedInVersion());
        default -> "was not retained in " + DraftAccess.versionLabel(amendment.decidedInVersion());
      };
      throw Failure.conflict("Amendment " + amendment.id() + " " + became + "; only a proposed amendment is "
          + what + ".");
    }
  }

  private static Future<Long> event(SqlConnection conn, EventType type, UUID threadId, UUID paragraphId,
                                    String idField, long id) {
    return Outbox.record(conn, type, "thread:" + threadId, new JsonObject().put("threadId", threadId.toString())
        .put("paragraphId", paragraphId.toString()).put(idField, id)).map(id);
  }
}
