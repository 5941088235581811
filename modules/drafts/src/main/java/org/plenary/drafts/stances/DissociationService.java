package org.plenary.drafts.stances;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.DraftRules;
import org.plenary.drafts.Paragraphs;
import org.plenary.drafts.api.DraftEvents;
import org.plenary.drafts.versions.VersionStore;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/**
 * A State joins consensus on the draft as a whole while recording that it dissociates from named
 * paragraphs. It does not block agreement; the tracker shows it next to those paragraphs. It concerns their
 * text as it stands now: a later version that revises a paragraph ends the dissociation from it.
 */
public final class DissociationService {

  private final Pool pool;
  private final VersionStore versions;
  private final StanceStore stances;
  private final DraftAccess access;

  public DissociationService(Pool pool, VersionStore versions, StanceStore stances, DraftAccess access) {
    this.pool = pool;
    this.versions = versions;
    this.stances = stances;
    this.access = access;
  }

  /**
   * A version published while this waited for its lock is not in the locked row's snapshot: read again, and refuse
   * rather than record a dissociation on a text the new version has just ended dissociations from.
   */
  private static Future<VersionStore.Latest> requireStillLatest(SqlConnection conn, UUID threadId,
                                                                VersionStore.Latest locked) {
    return Paragraphs.latestVersion(conn, threadId).map(number -> {
      if (number != locked.number()) {
        throw Failure.conflict("A new version of the draft was published at the same moment; reload it and"
            + " dissociate from its text.");
      }
      return locked;
    });
  }

  /** Replaces the caller's State's dissociation; no paragraphs withdraws it. */
  public Future<Void> dissociate(Participant delegate, Dissociate command) {
    DraftRules.requireMayDissociate(delegate);
    UUID threadId = command.threadId();
    List<UUID> paragraphs = command.paragraphIds();
    String state = delegate.organization().id();
    String explanation = StanceService.blankToNull(command.explanation().orElse(null));
    return access.readableDraft(threadId, Optional.of(delegate))
        .map(thread -> DraftAccess.requireAccepting(thread, "A dissociation"))
        .compose(thread -> access.write(pool, thread.id(), locked -> DraftAccess.requireAccepting(locked, "A dissociation"), conn -> versions.shareLatest(conn, threadId)
            .compose(latest -> latest.isEmpty() ? Future.failedFuture(Failure.conflict("The draft has no version yet."))
                : requireStillLatest(conn, threadId, latest.get()))
            .compose(latest -> versions.paragraphs(conn, latest.id()).compose(current -> {
                  Map<UUID, Integer> revisions = new LinkedHashMap<>();
                  current.forEach(p -> revisions.put(p.id(), p.revision()));
                  List<UUID> strangers = paragraphs.stream().filter(p -> !revisions.containsKey(p)).toList();
                  if (!strangers.isEmpty()) {
                    throw Failure.invalid("Not paragraphs of the draft's latest version: " + strangers + ".");
                  }
                  Map<UUID, Integer> chosen = new LinkedHashMap<>();
                  paragraphs.forEach(p -> chosen.put(p, revisions.get(p)));
                  return stances.dissociate(conn, threadId, state, chosen, explanation, delegate.id(),
                      latest.number());
                }))
            .compose(v -> Outbox.record(conn, DraftEvents.DISSOCIATION_RECORDED, "thread:" + threadId, new JsonObject()
                .put("threadId", threadId.toString()).put("stateId", state)))));
  }
}
