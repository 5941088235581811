package org.plenary.capacity.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.capacity.api.CapacityEvents;
import org.plenary.capacity.domain.Engagement;
import org.plenary.capacity.domain.EngagementStatus;
import org.plenary.capacity.domain.EngagementStep;
import org.plenary.capacity.domain.Need;
import org.plenary.capacity.domain.Offer;
import org.plenary.capacity.domain.Viewer;
import org.plenary.capacity.store.EngagementStore;
import org.plenary.capacity.store.NeedStore;
import org.plenary.capacity.store.OfferStore;
import org.plenary.platform.events.EventType;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;

/**
 * The workflow of an engagement, which needs both sides ({@link EngagementWorkflow} holds the rules). Either
 * side proposes; the other accepts (the agreement: only then is one of the offer's engagements used) or
 * declines; the proposer may withdraw; both confirm the start and both confirm completion, each with its
 * outcome note. Each step is one transaction that holds the engagement's row lock while it reads the
 * confirmations so far, so two sides confirming at once never lose one another, and writes the step into
 * the history with a {@code match.*} event for the other side (notifications tell its people). Locks are
 * taken engagement, then offer, then need.
 */
public final class EngagementService {

  private final Pool pool;
  private final NeedStore needs;
  private final OfferStore offers;
  private final EngagementStore engagements;
  private final PairCheck pairs;

  public EngagementService(Pool pool, NeedStore needs, OfferStore offers, EngagementStore engagements,
                           PairCheck pairs) {
    this.pool = pool;
    this.needs = needs;
    this.offers = offers;
    this.engagements = engagements;
    this.pairs = pairs;
  }

  /** A page of the engagements the viewer may read (see {@link Rules#seesEveryEngagement}), newest change first. */
  public Future<List<Engagement>> list(Viewer viewer, EngagementStore.Filter filter, Instant afterUpdated,
                                                 UUID afterId, int limit) {
    return engagements.list(Rules.seesEveryEngagement(viewer), viewer.organizationId().orElseThrow(), filter,
        afterUpdated, afterId, limit);
  }

  public Future<UUID> propose(Viewer actor, UUID needId, UUID offerId, String message, Instant at) {
    return pool.withTransaction(conn -> offers.find(conn, offerId)
        .map(found -> found.orElseThrow(() -> OfferService.notFound(offerId)))
        .compose(offer -> needs.find(conn, needId)
            .map(found -> NeedService.requireVisible(found, actor, needId))
            .compose(need -> propose(conn, actor, need, offer, message, at))));
  }

  private Future<UUID> propose(SqlConnection conn, Viewer actor, Need need, Offer offer, String message, Instant at) {
    Engagement.Side side = Rules.sideOf(actor, need.state(), offer.provider(), "expresses interest in an engagement");
    double score = pairs.requireEligible(need, offer, at);
    EngagementStore.NewEngagement proposal = new EngagementStore.NewEngagement(need.id(), offer.id(),
        need.state().id(), offer.provider().id(), side, score, message, at);
    return engagements.insert(conn, proposal).compose(inserted -> inserted.isPresent()
        ? Future.succeededFuture(inserted.get()) : alreadyEngaged(conn, need, offer))
        .compose(id -> engagements.lock(conn, id).map(Optional::orElseThrow))
        .compose(engagement -> record(conn, actor, engagement,
                new EngagementWorkflow.Move(EngagementStep.PROPOSED, EngagementStatus.PROPOSED), side, message, at)
            .map(engagement.id()));
  }

  private Future<UUID> alreadyEngaged(SqlConnection conn, Need need, Offer offer) {
    return engagements.findPair(conn, need.id(), offer.id()).compose(existing -> Future.failedFuture(
        Failure.conflict("conflict", "The request conflicts with the current state",
            "This need and this offer have an engagement already (" + existing.orElseThrow().status().wire()
                + "); a pair is engaged once.",
            Map.of("engagementId", existing.orElseThrow().id().toString()))));
  }

  public Future<Void> accept(Viewer actor, UUID id, Instant at) {
    return step(actor, id, EngagementStep.ACCEPTED, null, at);
  }

  public Future<Void> decline(Viewer actor, UUID id, String reason, Instant at) {
    return step(actor, id, EngagementStep.DECLINED, reason, at);
  }

  public Future<Void> withdraw(Viewer actor, UUID id, String reason, Instant at) {
    return step(actor, id, EngagementStep.WITHDRAWN, reason, at);
  }

  /** One side confirms the start; the engagement is in progress once both have. */
  public Future<Void> start(Viewer actor, UUID id, String note, Instant at) {
    return step(actor, id, EngagementStep.START_CONFIRMED, note, at);
  }

  /** One side confirms completion with its outcome note; the engagement is completed once both have. */
  public Future<Void> complete(Viewer actor, UUID id, String outcome, Instant at) {
    return step(actor, id, EngagementStep.COMPLETION_CONFIRMED, outcome, at);
  }

  /** The engagement if {@code viewer} may know of it: whoever sees its need does; the rest get a 404. */
  public static Engagement requireKnown(Optional<Engagement> found, Viewer viewer, UUID id) {
    return found.filter(e -> viewer.seesNeedOf(e.needVisibility()))
        .orElseThrow(() -> Failure.notFound("There is no engagement " + id + ", or it is not open to you."));
  }

  /** The engagement if {@code reader} may read it: the parties and those who run the dialogue. */
  public static Engagement requireReadable(Optional<Engagement> found, Viewer reader, UUID id) {
    Engagement engagement = requireKnown(found, reader, id);
    if (reader.participant().isEmpty()) {
      throw Failure.unauthenticated("Sign in to read an engagement: it is open to its parties only.");
    }
    Rules.mayRead(reader, engagement);
    return engagement;
  }

  private Future<Void> step(Viewer actor, UUID id, EngagementStep step, String note, Instant at) {
    return pool.withTransaction(conn -> engagements.lock(conn, id)
        .map(found -> requireKnown(found, actor, id))
        .compose(engagement -> {
          // A non-party is refused as a reader would be, before a refusal could name the parties.
          Rules.mayRead(actor, engagement);
          Engagement.Side side = Rules.sideOf(actor, engagement.state(), engagement.provider(), action(step));
          EngagementWorkflow.Move move = EngagementWorkflow.decide(engagement, side, step);
          Future<Void> effects = move.next() == EngagementStatus.AGREED && move.changesStatus(engagement.status())
              ? agree(conn, engagement, at) : Future.succeededFuture();
          return effects
              .compose(v -> engagements.move(conn, id, step, side, move.next(), at, note))
              .compose(v -> record(conn, actor, engagement, move, side, note, at));
        }));
  }

  private static String action(EngagementStep step) {
    return switch (step) {
      case ACCEPTED, DECLINED -> "accepts or declines an engagement";
      case WITHDRAWN -> "withdraws a proposal";
      case START_CONFIRMED -> "confirms the start of an engagement";
      case COMPLETION_CONFIRMED -> "confirms the completion of an engagement";
      case PROPOSED -> "expresses interest in an engagement";
    };
  }

  /** The agreement uses one engagement of the offer's capacity and marks the need as matched. */
  private Future<Void> agree(SqlConnection conn, Engagement engagement, Instant at) {
    return offers.lock(conn, engagement.offerId()).map(Optional::orElseThrow)
        .compose(offer -> needs.lock(conn, engagement.needId()).map(Optional::orElseThrow).compose(need -> {
          if (!need.isOpen()) {
            throw Failure.conflict("The need is closed; reopen it before accepting.");
          }
          if (!offer.isOpen()) {
            throw Failure.conflict("The offer has been closed by " + offer.provider().name() + ".");
          }
          if (offer.remaining() <= 0) {
            throw Failure.conflict("The offer's " + offer.content().capacity() + " engagements are all agreed already.");
          }
          return offers.commitCapacity(conn, offer.id()).compose(v -> needs.markMatched(conn, need.id(), at));
        }));
  }

  /**
   * The step in the history and its event for the other side: {@code match.<status>} when the step moved
   * the engagement, else {@code match.start-confirmed} or {@code match.completion-confirmed}, a confirmation
   * that waits for the other side's.
   */
  private Future<Void> record(SqlConnection conn, Viewer actor, Engagement engagement, EngagementWorkflow.Move move,
                              Engagement.Side side, String note, Instant at) {
    boolean moved = move.step() == EngagementStep.PROPOSED || move.changesStatus(engagement.status());
    EventType type = CapacityEvents.engagement(moved ? move.next().wire() : move.step().wire());
    JsonObject payload = new JsonObject().put("matchId", engagement.id().toString())
        .put("needId", engagement.needId().toString()).put("offerId", engagement.offerId().toString())
        // the titles let the other side's notification say which need and offer, as both sides may read them
        .put("needTitle", engagement.needTitle()).put("offerTitle", engagement.offerTitle())
        .put("stateId", engagement.state().id()).put("providerId", engagement.provider().id())
        .put("status", move.next().wire()).put("step", move.step().wire()).put("by", side.wire());
    return engagements.addStep(conn, engagement.id(), move.step(), move.next(), actor.participant().orElseThrow().id(),
            engagement.party(side).id(), note, at)
        .compose(v -> Outbox.record(conn, type, "organization:" + engagement.otherSide(side).id(), payload));
  }
}
