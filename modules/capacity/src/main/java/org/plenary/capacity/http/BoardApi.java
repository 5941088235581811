package org.plenary.capacity.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.plenary.capacity.domain.Area;
import org.plenary.capacity.domain.EngagementStatus;
import org.plenary.capacity.store.NeedStore;
import org.plenary.capacity.store.OfferStore;
import org.plenary.capacity.store.ReferenceStore;
import org.plenary.capacity.store.StatisticsStore;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.organizations.RegionalGroup;

/**
 * {@code /capacity/board}: what the needs-resources topic shows — the newest open needs and offers under
 * the same filters, and the statistics; {@code /capacity/areas}: the taxonomy.
 */
final class BoardApi {

  private static final int DEFAULT_PAGE = 10;

  private final ReferenceStore references;
  private final StatisticsStore statistics;
  private final Listings listings;
  private final Viewers viewers;
  private final Clock clock;

  BoardApi(ReferenceStore references, StatisticsStore statistics, Listings listings, Viewers viewers, Clock clock) {
    this.references = references;
    this.statistics = statistics;
    this.listings = listings;
    this.viewers = viewers;
    this.clock = clock;
  }

  void mount(ApiRoutes routes) {
    routes.on("listCapacityAreas", this::areas)
        .on("getCapacityBoard", this::board);
  }

  private void areas(RoutingContext rc) {
    Responses.reply(rc, references.all().map(areas -> {
      JsonArray items = new JsonArray();
      areas.forEach(area -> items.add(CapacityJson.area(area)));
      return new JsonObject().put("items", items);
    }));
  }

  private void board(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(DEFAULT_PAGE);
    NeedStore.Filter needFilter = Listings.needFilter(in, "open");
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Responses.reply(rc, viewers.of(rc).compose(viewer -> listings.offerFilter(in, "open").compose(offerFilter -> {
      Future<JsonObject> needs = listings.needs(viewer, needFilter, null, limit)
          .map(page -> CapacityJson.page(page, CapacityJson::need));
      Future<JsonObject> offers = listings.offers(offerFilter, null, limit)
          .map(page -> CapacityJson.page(page, CapacityJson::offer));
      Future<StatisticsStore.Figures> figures = statistics.figures(viewer.seesRestrictedNeeds(), needFilter,
          offerFilter.servedRegions(), today);
      return Future.all(needs, offers, figures, references.all()).map(all -> new JsonObject()
          .put("filters", filters(needFilter, offerFilter))
          .put("needs", needs.result())
          .put("offers", offers.result())
          .put("statistics", statistics(figures.result(), references.all().result())));
    })));
  }

  private static JsonObject filters(NeedStore.Filter needs, OfferStore.Filter offers) {
    JsonObject json = new JsonObject().put("status", needs.status());
    if (needs.area() != null) {
      json.put("area", needs.area());
    }
    if (needs.language() != null) {
      json.put("language", needs.language());
    }
    if (needs.region() != null) {
      json.put("region", needs.region()).put("servedRegions", new JsonArray(offers.servedRegions()));
    }
    return json;
  }

  private static JsonObject statistics(StatisticsStore.Figures f, List<Area> areas) {
    JsonArray byArea = new JsonArray();
    areas.forEach(area -> byArea.add(new JsonObject().put("area", area.id()).put("label", area.label())
        .put("needs", f.byArea().getOrDefault(area.id(), 0L))));
    JsonArray byRegion = new JsonArray();
    for (RegionalGroup group : RegionalGroup.values()) {
      byRegion.add(new JsonObject().put("region", group.wire()).put("needs", f.byRegion().getOrDefault(group.wire(), 0L)));
    }
    JsonObject engagements = new JsonObject();
    for (EngagementStatus status : EngagementStatus.values()) {
      engagements.put(status.wire(), f.engagements().getOrDefault(status.wire(), 0L));
    }
    return new JsonObject()
        .put("needs", f.needs())
        .put("openNeeds", f.openNeeds())
        .put("matchedNeeds", f.matchedNeeds())
        .put("shareMatched", f.needs() == 0 ? null : Math.round(1000.0 * f.matchedNeeds() / f.needs()) / 1000.0)
        .put("medianDaysToAgreement", f.medianDaysToAgreement() == null ? null
            : Math.round(f.medianDaysToAgreement() * 10) / 10.0)
        .put("openNeedsWithoutOffer", f.openNeedsWithoutOffer())
        .put("openOffers", f.openOffers())
        .put("byArea", byArea)
        .put("byRegion", byRegion)
        .put("engagements", engagements);
  }
}
