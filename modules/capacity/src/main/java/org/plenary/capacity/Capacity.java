package org.plenary.capacity;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.plenary.capacity.api.CapacityNeeds;
import org.plenary.capacity.api.CapacityRecord;
import org.plenary.capacity.http.CapacityApi;
import org.plenary.capacity.matching.Profiles;
import org.plenary.capacity.service.CapacityRecordService;
import org.plenary.capacity.service.EngagementService;
import org.plenary.capacity.service.ListingRequest;
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
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.search.SearchIndex;

/** The capacity-building bounded context, wired: its stores, services and API. */
public final class Capacity implements PlenaryModule {

  private final NeedService needs;
  private final OfferService offers;
  private final EngagementService engagements;
  private final Matcher matcher;
  private final CapacityApi api;
  private final CapacityRecord record;

  /** {@code search} is fed needs and offers in the transactions that write them. */
  public Capacity(Vertx vertx, Pool pool, Clock clock, SearchIndex search) {
    Profiles profiles = new Profiles();
    ReferenceStore referenceStore = new ReferenceStore(pool);
    References references = new References(referenceStore);
    NeedStore needStore = new NeedStore(pool, profiles);
    OfferStore offerStore = new OfferStore(pool, profiles);
    EngagementStore engagementStore = new EngagementStore(pool);
    PairCheck pairs = new PairCheck(profiles);
    this.matcher = new Matcher(vertx, needStore, offerStore, profiles);
    this.needs = new NeedService(pool, needStore, references, matcher, search);
    this.offers = new OfferService(pool, offerStore, references, matcher, search);
    this.engagements = new EngagementService(pool, needStore, offerStore, engagementStore, pairs);
    this.record = new CapacityRecordService(needStore, offerStore);
    this.api = new CapacityApi(new CapacityApi.Parts(pool, referenceStore, needStore, offerStore, engagementStore,
        new StatisticsStore(pool), needs, offers, engagements, matcher, pairs), clock);
  }

  @Override
  public List<ApiModule> apis() {
    return List.of(api);
  }

  /** The needs and offers of an organization, for other bounded contexts (a country profile). */
  public CapacityRecord record() {
    return record;
  }

  /** The port through which other contexts post needs. */
  public CapacityNeeds needsPort() {
    return (author, draft, at) -> needs.post(author, new ListingRequest(Optional.of(draft.title()),
        Optional.of(draft.description()), Optional.of(draft.areas()), Optional.empty(), Optional.of(draft.languages()),
        Optional.of(List.of("in-person", "remote", "hybrid")), Optional.of(draft.startsOn().toString()),
        Optional.of(draft.endsOn().toString()), Optional.of("states-and-providers"), Optional.empty(),
        Optional.empty()), at);
  }

  public NeedService needs() {
    return needs;
  }

  public OfferService offers() {
    return offers;
  }

  public EngagementService engagements() {
    return engagements;
  }

  public Matcher matcher() {
    return matcher;
  }
}
