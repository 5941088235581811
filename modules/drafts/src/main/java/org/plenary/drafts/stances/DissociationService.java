package org.plenary.drafts.stances;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.versions.VersionStore;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.http.ApiProblem;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.OrganizationKind;

/**
 * A State joins consensus on the draft as a whole while recording that it dissociates from named
 * paragraphs. It does not block agreement; the tracker shows it next to those paragraphs.
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

  /** Replaces the caller's State's dissociation; no paragraphs withdraws it. */
  public Future<Void> dissociate(Participant delegate, UUID threadId, JsonObject request) {
    DraftAccess.requireTakesPart(delegate);
    if (!delegate.isDelegateOf(OrganizationKind.STATE)) {
      throw new ApiProblem(403, "not-a-state-delegate", "Only State delegates dissociate",
          "A State's delegate records that the State dissociates from paragraphs of a draft.");
    }
    List<UUID> paragraphs = StanceService.strings(request.getJsonArray("paragraphIds")).stream()
        .map(UUID::fromString).toList();
    String state = delegate.organization().id();
    return access.readableDraft(threadId, Optional.of(delegate))
        .map(thread -> DraftAccess.requireAccepting(thread, "A dissociation"))
        .compose(thread -> versions.versions(threadId))
        .compose(all -> all.isEmpty() ? Future.failedFuture(ApiProblem.conflict("The draft has no version yet."))
            : versions.paragraphs(all.get(all.size() - 1).id()))
        .compose(current -> {
          Set<UUID> inLatest = current.stream().map(VersionStore.ParagraphText::id).collect(Collectors.toSet());
          List<UUID> strangers = paragraphs.stream().filter(p -> !inLatest.contains(p)).toList();
          if (!strangers.isEmpty()) {
            throw ApiProblem.badRequest("Not paragraphs of the draft's latest version: " + strangers + ".");
          }
          return pool.withTransaction(conn -> stances.dissociate(conn, threadId, state, paragraphs,
                  StanceService.blankToNull(request.getString("explanation")), delegate.id())
              .compose(v -> Outbox.record(conn, "draft.dissociation-recorded", "thread:" + threadId, new JsonObject()
                  .put("threadId", threadId.toString()).put("stateId", state))));
        });
  }
}
