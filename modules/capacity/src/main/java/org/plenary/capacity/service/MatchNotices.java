package org.plenary.capacity.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.capacity.api.CapacityEvents;
import org.plenary.capacity.domain.Need;
import org.plenary.capacity.domain.Offer;
import org.plenary.capacity.matching.NeedProfile;
import org.plenary.capacity.matching.OfferProfile;
import org.plenary.capacity.matching.Scored;
import org.plenary.platform.events.Outbox;

/**
 * Tells the other side when a posted or changed listing brings a pair among the best matches: the
 * providers of the best offers for a need, the States of the best needs for an offer. Only pairs new
 * to that list are told, so editing a listing does not repeat what its counterparts already know.
 */
final class MatchNotices {

  static final int BEST = 10;
  static final double MIN_SCORE = 50;

  /** {@code title}: the posted or changed listing's, which the side told is shown as matching theirs. */
  private record Pair(UUID needId, UUID offerId, String stateId, String providerId, double score, String title) {
  }

  private MatchNotices() {
  }

  static Future<Void> forNeed(SqlConnection conn, Need need, List<Scored<OfferProfile>> before,
                              List<Scored<OfferProfile>> after) {
    return record(conn, "need", newlyBest(before, after, scored -> new Pair(need.id(), scored.id(), need.state().id(),
        scored.profile().organizationId(), scored.score(), need.content().title())), Pair::providerId);
  }

  static Future<Void> forOffer(SqlConnection conn, Offer offer, List<Scored<NeedProfile>> before,
                               List<Scored<NeedProfile>> after) {
    return record(conn, "offer", newlyBest(before, after, scored -> new Pair(scored.id(), offer.id(),
        scored.profile().stateId(), offer.provider().id(), scored.score(), offer.content().title())), Pair::stateId);
  }

  private static <P> List<Pair> newlyBest(List<Scored<P>> before, List<Scored<P>> after, Function<Scored<P>, Pair> pair) {
    Set<UUID> known = best(before).stream().map(Scored::id).collect(Collectors.toSet());
    return best(after).stream().filter(scored -> !known.contains(scored.id())).map(pair).toList();
  }

  private static <P> List<Scored<P>> best(List<Scored<P>> ranked) {
    return ranked.stream().filter(scored -> scored.score() >= MIN_SCORE).limit(BEST).toList();
  }

  /** One {@code match.found} event per pair, on the stream of the organization to tell. */
  private static Future<Void> record(SqlConnection conn, String trigger, List<Pair> pairs,
                                     Function<Pair, String> notified) {
    List<String> streams = pairs.stream().map(pair -> "organization:" + notified.apply(pair)).toList();
    List<JsonObject> payloads = pairs.stream().map(pair -> new JsonObject().put("step", "found")
        .put("needId", pair.needId().toString()).put("offerId", pair.offerId().toString())
        .put("stateId", pair.stateId()).put("providerId", pair.providerId()).put("score", pair.score())
        .put("trigger", trigger).put("need".equals(trigger) ? "needTitle" : "offerTitle", pair.title())).toList();
    return Outbox.recordEach(conn, CapacityEvents.MATCH_FOUND, streams, payloads);
  }
}
