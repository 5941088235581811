package org.plenary.capacity.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.capacity.domain.Need;
import org.plenary.capacity.domain.Offer;
import org.plenary.capacity.matching.Explainer;
import org.plenary.capacity.matching.Explanation;
import org.plenary.capacity.matching.NeedProfile;
import org.plenary.capacity.matching.OfferProfile;
import org.plenary.capacity.service.Matcher;
import org.plenary.capacity.service.NeedService;
import org.plenary.capacity.service.OfferService;
import org.plenary.capacity.service.PairCheck;
import org.plenary.capacity.store.NeedStore;
import org.plenary.capacity.store.OfferStore;
import org.plenary.capacity.store.ReferenceStore;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;

/** Ranked, explained matches: offers for a need, needs for an offer, and one pair. */
final class MatchesApi {

  private static final int DEFAULT_PAGE = 20;

  private final Pool pool;
  private final NeedStore needs;
  private final OfferStore offers;
  private final ReferenceStore references;
  private final Matcher matcher;
  private final PairCheck pairs;
  private final Viewers viewers;
  private final Clock clock;

  MatchesApi(Pool pool, NeedStore needs, OfferStore offers, ReferenceStore references, Matcher matcher,
             PairCheck pairs, Viewers viewers, Clock clock) {
    this.pool = pool;
    this.needs = needs;
    this.offers = offers;
    this.references = references;
    this.matcher = matcher;
    this.pairs = pairs;
    this.viewers = viewers;
    this.clock = clock;
  }

  void mount(ApiRoutes routes) {
    routes.on("listCapacityNeedMatches", this::offersForNeed)
        .on("listCapacityOfferMatches", this::needsForOffer)
        .on("explainCapacityMatch", this::explainPair);
  }

  private void offersForNeed(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    UUID id = in.uuid("needId");
    Instant now = clock.instant();
    Responses.reply(rc, viewers.of(rc)
        .compose(viewer -> needs.find(id).map(found -> NeedService.requireVisible(found, viewer, id)))
        .compose(need -> matcher.offersFor(need, now).compose(ranked -> {
          MatchPage<OfferProfile> page = MatchPage.of(ranked, in.query("cursor").orElse(null), in.limit(DEFAULT_PAGE));
          NeedProfile profile = matcher.profiles().need(need);
          return offers.findAll(pool, page.ids()).compose(found -> explainer().map(explainer -> {
            Map<UUID, Offer> byId = found.stream().collect(Collectors.toMap(Offer::id, Function.identity()));
            JsonArray items = new JsonArray();
            page.items().forEach(scored -> items.add(item("offer", CapacityJson.offer(byId.get(scored.id())),
                explainer.explain(profile, scored.profile(), need.state().name()))));
            return Responses.page(items, page.next()).put("need", reference(need.id(), need.content().title()));
          }));
        })));
  }

  private void needsForOffer(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    UUID id = in.uuid("offerId");
    Instant now = clock.instant();
    Responses.reply(rc, viewers.of(rc).compose(viewer -> offers.find(id)
        .map(found -> found.orElseThrow(() -> OfferService.notFound(id)))
        .compose(offer -> matcher.needsFor(pool, offer, now, viewer.seesRestrictedNeeds()).compose(ranked -> {
          MatchPage<NeedProfile> page = MatchPage.of(ranked, in.query("cursor").orElse(null), in.limit(DEFAULT_PAGE));
          OfferProfile profile = matcher.profiles().offer(offer);
          return needs.findAll(pool, page.ids()).compose(found -> explainer().map(explainer -> {
            Map<UUID, Need> byId = found.stream().collect(Collectors.toMap(Need::id, Function.identity()));
            JsonArray items = new JsonArray();
            page.items().forEach(scored -> {
              Need need = byId.get(scored.id());
              items.add(item("need", CapacityJson.need(need), explainer.explain(scored.profile(), profile,
                  need.state().name())));
            });
            return Responses.page(items, page.next()).put("offer", reference(offer.id(), offer.content().title()));
          }));
        }))));
  }

  private void explainPair(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    UUID needId = in.uuid("needId");
    UUID offerId = in.uuid("offerId");
    Responses.reply(rc, viewers.of(rc)
        .compose(viewer -> needs.find(needId).map(found -> NeedService.requireVisible(found, viewer, needId)))
        .compose(need -> offers.find(offerId).map(found -> found.orElseThrow(() -> OfferService.notFound(offerId)))
            .compose(offer -> references.areaLabels().map(labels -> ExplanationJson.of(pairs.explain(need, offer,
                    clock.instant(), labels))
                .put("need", reference(need.id(), need.content().title())).put("offer", CapacityJson.offer(offer))))));
  }

  private Future<Explainer> explainer() {
    return references.areaLabels().map(labels -> new Explainer(matcher.profiles(), labels));
  }

  private static JsonObject item(String side, JsonObject listing, Explanation explanation) {
    return new JsonObject().put(side, listing).put("score", explanation.score())
        .put("parts", ExplanationJson.parts(explanation));
  }

  private static JsonObject reference(UUID id, String title) {
    return new JsonObject().put("id", id.toString()).put("title", title);
  }
}
