package org.plenary.capacity.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.plenary.capacity.domain.Engagement;
import org.plenary.capacity.domain.EngagementStatus;
import org.plenary.capacity.domain.Need;
import org.plenary.capacity.domain.Offer;
import org.plenary.capacity.domain.Viewer;
import org.plenary.capacity.store.EngagementStore;
import org.plenary.capacity.store.NeedStore;
import org.plenary.capacity.store.OfferStore;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.http.ApiProblem;

/**
 * The demand-driven workflow. Either side expresses interest; only the requesting State accepts or
 * declines (an open offer is a standing commitment within its capacity, so the State's acceptance makes
 * the agreement); either side starts and completes. Each step is one transaction that writes the step
 * into the history and a {@code match.<status>} event for the other side (notifications tell its people).
 * Locks are taken engagement, then offer, then need.
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

  public Future<UUID> propose(Viewer actor, UUID needId, UUID offerId, String message, Instant at) {
    return pool.withTransaction(conn -> offers.find(conn, offerId)
        .map(found -> found.orElseThrow(() -> OfferService.notFound(offerId)))
        .compose(offer -> needs.find(conn, needId)
            .map(found -> NeedService.requireVisible(found, actor, needId))
            .compose(need -> propose(conn, actor, need, offer, message, at))));
  }

  private Future<UUID> propose(SqlConnection conn, Viewer actor, Need need, Offer offer, String message, Instant at) {
    Engagement.Side side = Rules.sideOf(actor, need.state(), offer.provider(), "express interest in an engagement");
    double score = pairs.requireEligible(need, offer, at);
    EngagementStore.NewEngagement proposal = new EngagementStore.NewEngagement(need.id(), offer.id(),
        need.state().id(), offer.provider().id(), side, score, message, at);
    return engagements.insert(conn, proposal).compose(inserted -> inserted.isPresent()
        ? Future.succeededFuture(inserted.get()) : alreadyEngaged(conn, need, offer))
        .compose(id -> engagements.lock(conn, id).map(Optional::orElseThrow))
        .compose(engagement -> record(conn, actor, engagement, EngagementStatus.PROPOSED, side, message, at)
            .map(engagement.id()));
  }

  private Future<UUID> alreadyEngaged(SqlConnection conn, Need need, Offer offer) {
    return engagements.findPair(conn, need.id(), offer.id()).compose(existing -> Future.failedFuture(
        new ApiProblem(409, "conflict", "The request conflicts with the current state",
            "This need and this offer have an engagement already (" + existing.orElseThrow().status().wire()
                + "); a pair is engaged once.",
            new JsonObject().put("engagementId", existing.orElseThrow().id().toString()))));
  }

  public Future<Void> accept(Viewer actor, UUID id, Instant at) {
    return step(actor, id, EngagementStatus.AGREED, null, at);
  }

  public Future<Void> decline(Viewer actor, UUID id, String reason, Instant at) {
    return step(actor, id, EngagementStatus.DECLINED, reason, at);
  }

  public Future<Void> start(Viewer actor, UUID id, String note, Instant at) {
    return step(actor, id, EngagementStatus.IN_PROGRESS, note, at);
  }

  public Future<Void> complete(Viewer actor, UUID id, String outcome, Instant at) {
    return step(actor, id, EngagementStatus.COMPLETED, outcome, at);
  }

  /** The engagement if {@code viewer} may know of it: whoever sees its need does; the rest get a 404. */
  public static Engagement requireKnown(Optional<Engagement> found, Viewer viewer, UUID id) {
    return found.filter(e -> viewer.seesNeedOf(e.needVisibility()))
        .orElseThrow(() -> ApiProblem.notFound("There is no engagement " + id + ", or it is not open to you."));
  }

  /** The engagement if {@code reader} may read it: the parties and those who run the dialogue. */
  public static Engagement requireReadable(Optional<Engagement> found, Viewer reader, UUID id) {
    Engagement engagement = requireKnown(found, reader, id);
    if (reader.participant().isEmpty()) {
      throw ApiProblem.unauthorized("Sign in to read an engagement: it is open to its parties only.");
    }
    Rules.mayRead(reader, engagement);
    return engagement;
  }

  private Future<Void> step(Viewer actor, UUID id, EngagementStatus next, String note, Instant at) {
    return pool.withTransaction(conn -> engagements.lock(conn, id)
        .map(found -> requireKnown(found, actor, id))
        .compose(engagement -> {
          Engagement.Side side = authorize(actor, engagement, next);
          if (!engagement.status().canBecome(next)) {
            throw ApiProblem.conflict("The engagement is " + engagement.status().wire() + "; " + whenAllowed(next) + ".");
          }
          Future<Void> effects = next == EngagementStatus.AGREED ? agree(conn, engagement, at) : Future.succeededFuture();
          return effects
              .compose(v -> engagements.move(conn, id, next, at, next == EngagementStatus.COMPLETED ? note : null))
              .compose(v -> record(conn, actor, engagement, next, side, note, at));
        }));
  }

  private static Engagement.Side authorize(Viewer actor, Engagement engagement, EngagementStatus next) {
    if (next == EngagementStatus.AGREED || next == EngagementStatus.DECLINED) {
      Rules.mayDecide(actor, engagement);
      return Engagement.Side.STATE;
    }
    return Rules.sideOf(actor, engagement.state(), engagement.provider(), "start or complete an engagement");
  }

  private static String whenAllowed(EngagementStatus next) {
    return switch (next) {
      case AGREED, DECLINED -> "only a proposed engagement is accepted or declined";
      case IN_PROGRESS -> "only an agreed engagement starts";
      case COMPLETED -> "only an engagement in progress is completed";
      case PROPOSED -> "interest is expressed once";
    };
  }

  /** The agreement uses one engagement of the offer's capacity and marks the need as matched. */
  private Future<Void> agree(SqlConnection conn, Engagement engagement, Instant at) {
    return offers.lock(conn, engagement.offerId()).map(Optional::orElseThrow)
        .compose(offer -> needs.lock(conn, engagement.needId()).map(Optional::orElseThrow).compose(need -> {
          if (!need.isOpen()) {
            throw ApiProblem.conflict("The need is closed; reopen it before accepting.");
          }
          if (!offer.isOpen()) {
            throw ApiProblem.conflict("The offer has been closed by " + offer.provider().name() + ".");
          }
          if (offer.remaining() <= 0) {
            throw ApiProblem.conflict("The offer's " + offer.content().capacity() + " engagements are all agreed already.");
          }
          return offers.commitCapacity(conn, offer.id()).compose(v -> needs.markMatched(conn, need.id(), at));
        }));
  }

  private Future<Void> record(SqlConnection conn, Viewer actor, Engagement engagement, EngagementStatus status,
                              Engagement.Side side, String note, Instant at) {
    String actorOrganization = side == Engagement.Side.STATE ? engagement.state().id() : engagement.provider().id();
    JsonObject payload = new JsonObject().put("matchId", engagement.id().toString())
        .put("needId", engagement.needId().toString()).put("offerId", engagement.offerId().toString())
        .put("stateId", engagement.state().id()).put("providerId", engagement.provider().id())
        .put("status", status.wire()).put("by", side.wire());
    return engagements.addStep(conn, engagement.id(), status, actor.participant().orElseThrow().id(),
            actorOrganization, note, at)
        .compose(v -> Outbox.record(conn, "match." + status.wire(),
            "organization:" + engagement.otherSide(side).id(), payload));
  }
}
