package org.plenary.capacity.http;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.plenary.capacity.domain.Need;
import org.plenary.capacity.domain.Offer;
import org.plenary.capacity.domain.Viewer;
import org.plenary.capacity.service.References;
import org.plenary.capacity.store.NeedStore;
import org.plenary.capacity.store.OfferStore;
import org.plenary.platform.http.RequestInput;

/** Pages of needs and of offers with the filters the lists and the board share, newest first. */
final class Listings {

  private final Pool pool;
  private final NeedStore needs;
  private final OfferStore offers;
  private final References references;

  Listings(Pool pool, NeedStore needs, OfferStore offers, References references) {
    this.pool = pool;
    this.needs = needs;
    this.offers = offers;
    this.references = references;
  }

  static NeedStore.Filter needFilter(RequestInput in, String defaultStatus) {
    return new NeedStore.Filter(in.query("status").orElse(defaultStatus), in.query("area").orElse(null),
        in.query("language").orElse(null), in.query("region").orElse(null), in.query("state").orElse(null));
  }

  Future<ListPage<Need>> needs(Viewer viewer, NeedStore.Filter filter, String cursor, int limit) {
    ListCursor after = ListCursor.of(cursor);
    return needs.list(viewer.seesRestrictedNeeds(), filter, after.at(), after.id(), limit + 1)
        .map(page -> page(page, limit, need -> ListCursor.after(need.createdAt(), need.id())));
  }

  /** The offers filter; a region filter asks for offers serving that region, by name or through its group. */
  Future<OfferStore.Filter> offerFilter(RequestInput in, String defaultStatus) {
    Future<List<String>> served = in.query("region")
        .map(region -> references.regions(pool, List.of(region)).map(regions -> {
          List<String> names = new ArrayList<>(regions.states());
          names.addAll(regions.groups());
          return names;
        }))
        .orElse(Future.succeededFuture(null));
    return served.map(regions -> new OfferStore.Filter(in.query("status").orElse(defaultStatus),
        in.query("area").orElse(null), in.query("language").orElse(null), regions, in.query("provider").orElse(null)));
  }

  Future<ListPage<Offer>> offers(OfferStore.Filter filter, String cursor, int limit) {
    ListCursor after = ListCursor.of(cursor);
    return offers.list(filter, after.at(), after.id(), limit + 1)
        .map(page -> page(page, limit, offer -> ListCursor.after(offer.createdAt(), offer.id())));
  }

  /** {@code page}: up to {@code limit} items and, if there are more, one more (whose place the cursor keeps). */
  static <T> ListPage<T> page(List<T> page, int limit, Function<T, String> cursor) {
    List<T> items = page.size() > limit ? page.subList(0, limit) : page;
    return new ListPage<>(items, page.size() > limit ? Optional.of(cursor.apply(items.get(items.size() - 1)))
        : Optional.empty());
  }
}
