package org.plenary.capacity.http;

import io.vertx.sqlclient.Pool;
import java.time.Clock;
import org.plenary.capacity.service.EngagementService;
import org.plenary.capacity.service.Matcher;
import org.plenary.capacity.service.NeedService;
import org.plenary.capacity.service.OfferService;
import org.plenary.capacity.service.PairCheck;
import org.plenary.capacity.service.References;
import org.plenary.capacity.store.EngagementStore;
import org.plenary.capacity.store.NeedStore;
import org.plenary.capacity.store.OfferStore;
import org.plenary.capacity.store.ReferenceStore;
import org.plenary.capacity.store.StatisticsStore;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;

/** {@code /capacity}: the capacity-building part of the API, described by {@code openapi/capacity.yaml}. */
public final class CapacityApi implements ApiModule {

  private final NeedsApi needs;
  private final OffersApi offers;
  private final MatchesApi matches;
  private final EngagementsApi engagements;
  private final BoardApi board;

  /** The stores and services the handlers use. */
  public record Parts(Pool pool, ReferenceStore references, NeedStore needs, OfferStore offers,
                      EngagementStore engagements, StatisticsStore statistics, NeedService needService,
                      OfferService offerService, EngagementService engagementService, Matcher matcher,
                      PairCheck pairs) {
  }

  public CapacityApi(Parts p, Clock clock) {
    Viewers viewers = new Viewers(p.offers());
    Listings listings = new Listings(p.pool(), p.needs(), p.offers(), new References(p.references()));
    this.needs = new NeedsApi(p.needs(), p.needService(), listings, viewers, clock);
    this.offers = new OffersApi(p.offers(), p.offerService(), listings, viewers, clock);
    this.matches = new MatchesApi(p.pool(), p.needs(), p.offers(), p.references(), p.matcher(), p.pairs(), viewers,
        clock);
    this.engagements = new EngagementsApi(p.engagements(), p.engagementService(), viewers, clock);
    this.board = new BoardApi(p.references(), p.statistics(), listings, viewers, clock);
  }

  @Override
  public String openApiFragment() {
    return "openapi/capacity.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    needs.mount(routes);
    offers.mount(routes);
    matches.mount(routes);
    engagements.mount(routes);
    board.mount(routes);
  }
}
