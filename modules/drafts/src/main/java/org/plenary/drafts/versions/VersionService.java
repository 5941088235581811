package org.plenary.drafts.versions;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.DraftRules;
import org.plenary.drafts.api.DraftEvents;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/** Publishing the versions of a draft: the zero draft, then Rev.1, Rev.2, ... */
public final class VersionService {

  private static final String UNIQUE_VIOLATION = "23505";

  private final Pool pool;
  private final VersionStore versions;
  private final DraftAccess access;

  public VersionService(Pool pool, VersionStore versions, DraftAccess access) {
    this.pool = pool;
    this.versions = versions;
    this.access = access;
  }

  /** A published version: its number, its paragraphs' ids in order, and what it decided on amendments. */
  public record Published(int number, List<UUID> paragraphs, List<AmendmentDecisions.Decided> amendments) {
  }

  /**
   * Publishes the next version, with its decisions on amendments ({@link AmendmentDecisions}); the dissociations
   * from paragraphs whose text it changes end ({@link EndedDissociations}). All in one transaction.
   */
  public Future<Published> publish(Participant publisher, PublishVersion request) {
    UUID threadId = request.threadId();
    DraftRules.requirePublisher(publisher);
    return access.readableDraft(threadId, Optional.of(publisher))
        .map(thread -> DraftAccess.requireNotFrozen(thread, "No version is published (reopen the thread to publish a new version)"))
        .compose(thread -> {
          return access.write(pool, thread.id(), locked -> DraftAccess.requireNotFrozen(locked, "No version is published (reopen the thread to publish a new version)"), conn -> versions.lockLatest(conn, threadId)
              .compose(latest -> versions.lastTexts(conn, threadId).compose(known -> {
                int number = latest.map(n -> n + 1).orElse(0);
                var planned = RevisionPlan.plan(request.paragraphs(), known);
                List<Long> notRetained = request.notRetained();
                return versions.insert(conn, threadId, number, request.note().strip(), publisher.id(), planned)
                    .compose(id -> AmendmentDecisions.apply(conn, threadId, number, publisher.id(), planned, notRetained))
                    .map(decided -> new Published(number, planned.stream().map(RevisionPlan.Planned::id).toList(), decided))
                    .compose(published -> EndedDissociations.end(conn, threadId, number, planned)
                        .compose(v -> Outbox.record(conn, DraftEvents.VERSION_PUBLISHED, "thread:" + threadId,
                            event(threadId, published)))
                        .map(published));
              })));
        })
        .recover(failure -> Future.failedFuture(failure instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())
            ? Failure.conflict("Another version of this draft was published at the same moment; reload and try again.")
            : failure));
  }

  /**
   * The event carries the version's decisions on amendments because they are decided once, in this transaction:
   * a retry whose first answer was lost rebuilds that answer from the event, and a later decision (an amendment
   * marked not retained afterwards) must not change what this version's answer says it decided. By id only, as
   * the answer ({@link VersionsJson#amendmentDecisions}): nothing in it names who proposed them.
   */
  private static JsonObject event(UUID threadId, Published published) {
    return new JsonObject().put("threadId", threadId.toString()).put("version", published.number())
        .put("amendmentDecisions", VersionsJson.amendmentDecisions(published.amendments()));
  }
}
