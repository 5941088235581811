package org.plenary.capacity.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.UUID;
import org.plenary.capacity.api.CapacityEvents;
import org.plenary.capacity.service.OfferService;
import org.plenary.capacity.store.OfferStore;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;

/** {@code /capacity/offers}: offers by States, intergovernmental and accredited organizations; public. */
final class OffersApi {

  private static final int DEFAULT_PAGE = 25;

  private final OfferStore offers;
  private final OfferService service;
  private final Listings listings;
  private final Viewers viewers;
  private final Clock clock;

  OffersApi(OfferStore offers, OfferService service, Listings listings, Viewers viewers, Clock clock) {
    this.offers = offers;
    this.service = service;
    this.listings = listings;
    this.viewers = viewers;
    this.clock = clock;
  }

  void mount(ApiRoutes routes) {
    routes.on("listCapacityOffers", this::list)
        .onCreate("postCapacityOffer", this::post, this::posted)
        .on("getCapacityOffer", this::get)
        .on("changeCapacityOffer", this::change);
  }

  private void list(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Responses.reply(rc, listings.offerFilter(in, null)
        .compose(filter -> listings.offers(filter, in.query("cursor").orElse(null), in.limit(DEFAULT_PAGE)))
        .map(page -> CapacityJson.page(page, CapacityJson::offer)));
  }

  private void post(RoutingContext rc) {
    var author = Caller.require(rc);
    service.post(author, ListingRequestJson.of(RequestInput.of(rc).body()), clock.instant())
        .compose(offers::find)
        .onSuccess(offer -> Responses.created(rc, "/api/v1/capacity/offers/" + offer.orElseThrow().id(),
            CapacityJson.offer(offer.orElseThrow())))
        .onFailure(rc::fail);
  }

  /** An offer whose first answer was lost. */
  private Future<Created> posted(RoutingContext rc, Made made) {
    Caller.require(rc);
    UUID id = UUID.fromString(made.payload(CapacityEvents.OFFER_POSTED).getString("offerId"));
    return offers.find(id).map(offer -> new Created("/api/v1/capacity/offers/" + id, CapacityJson.offer(offer.orElseThrow())));
  }

  private void get(RoutingContext rc) {
    UUID id = RequestInput.of(rc).uuid("offerId");
    Responses.reply(rc, offers.find(id).map(found -> CapacityJson.offer(found.orElseThrow(() -> OfferService.notFound(id)))));
  }

  private void change(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    UUID id = in.uuid("offerId");
    Responses.reply(rc, viewers.signedIn(rc)
        .compose(editor -> service.change(editor, id, ListingRequestJson.of(in.body()), clock.instant()))
        .compose(done -> offers.find(id))
        .map(offer -> CapacityJson.offer(offer.orElseThrow())));
  }
}
