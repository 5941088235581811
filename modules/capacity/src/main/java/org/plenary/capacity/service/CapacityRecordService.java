package org.plenary.capacity.service;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.plenary.capacity.api.CapacityRecord;
import org.plenary.capacity.api.ListingOnRecord;
import org.plenary.capacity.domain.Viewer;
import org.plenary.capacity.store.NeedStore;
import org.plenary.capacity.store.OfferStore;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.ActivityPage;
import org.plenary.platform.organizations.ActivityQuery;

/**
 * {@link CapacityRecord} on the board's own lists, filtered by State or provider: the same queries, keyset and
 * reading rights ({@link Viewer}) as {@code GET /needs} and {@code GET /offers}. The days are the keyset's: the
 * end of the period is where the list starts, and the list ends at its beginning.
 */
public final class CapacityRecordService implements CapacityRecord {

  /** The smallest UUID (as PostgreSQL orders them): a keyset starting at (end of the period, this) starts with what was listed before it. */
  private static final UUID FIRST = new UUID(0L, 0L);

  private final NeedStore needs;
  private final OfferStore offers;

  public CapacityRecordService(NeedStore needs, OfferStore offers) {
    this.needs = needs;
    this.offers = offers;
  }

  @Override
  public Future<ActivityPage<ListingOnRecord>> needsOf(ActivityQuery query, Optional<Participant> reader) {
    return viewer(reader).compose(viewer -> needs.list(viewer.seesRestrictedNeeds(),
            new NeedStore.Filter(null, null, null, null, query.organizationId()), startAt(query),
            startAfter(query), query.limit() + 1))
        .map(found -> page(found.stream().map(need -> new ListingOnRecord(need.id(), need.content().title(),
            need.content().areas(), need.content().status().wire(), need.createdAt())).toList(), query));
  }

  @Override
  public Future<ActivityPage<ListingOnRecord>> offersOf(ActivityQuery query) {
    return offers.list(new OfferStore.Filter(null, null, null, null, query.organizationId()), startAt(query),
            startAfter(query), query.limit() + 1)
        .map(found -> page(found.stream().map(offer -> new ListingOnRecord(offer.id(), offer.content().title(),
            offer.content().areas(), offer.content().status().wire(), offer.createdAt())).toList(), query));
  }

  /** Only a stakeholder's rights depend on whether it is a provider, so only then the board is asked. */
  private Future<Viewer> viewer(Optional<Participant> reader) {
    if (reader.isEmpty() || !reader.get().organization().kind().isStakeholder()) {
      return Future.succeededFuture(new Viewer(reader, false));
    }
    return offers.isProvider(reader.get().organization().id()).map(provider -> new Viewer(reader, provider));
  }

  private static Instant startAt(ActivityQuery query) {
    return query.after().map(ActivityQuery.After::at).or(query::until).orElse(null);
  }

  private static UUID startAfter(ActivityQuery query) {
    return query.after().map(after -> UUID.fromString(after.key())).orElse(query.until().isPresent() ? FIRST : null);
  }

  /** The listings from the beginning of the period on; the next page starts after the last one kept. */
  private static ActivityPage<ListingOnRecord> page(List<ListingOnRecord> found, ActivityQuery query) {
    Function<ListingOnRecord, Boolean> inPeriod = listing -> query.since()
        .map(since -> !listing.createdAt().isBefore(since)).orElse(true);
    List<ListingOnRecord> kept = found.stream().takeWhile(inPeriod::apply).toList();
    if (kept.size() <= query.limit()) {
      return new ActivityPage<>(kept, Optional.empty());
    }
    List<ListingOnRecord> items = kept.subList(0, query.limit());
    ListingOnRecord last = items.get(items.size() - 1);
    return new ActivityPage<>(items, Optional.of(new ActivityQuery.After(last.createdAt(), last.id().toString())));
  }
}
