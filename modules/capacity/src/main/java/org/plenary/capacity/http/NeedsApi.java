package org.plenary.capacity.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.UUID;
import org.plenary.capacity.api.CapacityEvents;
import org.plenary.capacity.service.NeedService;
import org.plenary.capacity.store.NeedStore;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;

/** {@code /capacity/needs}: needs posted by States. */
final class NeedsApi {

  private static final int DEFAULT_PAGE = 25;

  private final NeedStore needs;
  private final NeedService service;
  private final Listings listings;
  private final Viewers viewers;
  private final Clock clock;

  NeedsApi(NeedStore needs, NeedService service, Listings listings, Viewers viewers, Clock clock) {
    this.needs = needs;
    this.service = service;
    this.listings = listings;
    this.viewers = viewers;
    this.clock = clock;
  }

  void mount(ApiRoutes routes) {
    routes.on("listCapacityNeeds", this::list)
        .onCreate("postCapacityNeed", this::post, this::posted)
        .on("getCapacityNeed", this::get)
        .on("changeCapacityNeed", this::change);
  }

  private void list(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Responses.reply(rc, viewers.of(rc).compose(viewer -> listings.needs(viewer, Listings.needFilter(in, null),
        in.query("cursor").orElse(null), in.limit(DEFAULT_PAGE)))
        .map(page -> CapacityJson.page(page, CapacityJson::need)));
  }

  private void post(RoutingContext rc) {
    var author = Caller.require(rc);
    service.post(author, ListingRequestJson.of(RequestInput.of(rc).body()), clock.instant())
        .compose(needs::find)
        .onSuccess(need -> Responses.created(rc, "/api/v1/capacity/needs/" + need.orElseThrow().id(),
            CapacityJson.need(need.orElseThrow())))
        .onFailure(rc::fail);
  }

  /** A need whose first answer was lost, as its State sees it. */
  private Future<Created> posted(RoutingContext rc, Made made) {
    Caller.require(rc);
    UUID id = UUID.fromString(made.payload(CapacityEvents.NEED_POSTED).getString("needId"));
    return needs.find(id).map(need -> new Created("/api/v1/capacity/needs/" + id, CapacityJson.need(need.orElseThrow())));
  }

  private void get(RoutingContext rc) {
    UUID id = RequestInput.of(rc).uuid("needId");
    Responses.reply(rc, viewers.of(rc).compose(viewer -> needs.find(id)
        .map(found -> CapacityJson.need(NeedService.requireVisible(found, viewer, id)))));
  }

  private void change(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    UUID id = in.uuid("needId");
    Responses.reply(rc, viewers.signedIn(rc)
        .compose(editor -> service.change(editor, id, ListingRequestJson.of(in.body()), clock.instant()))
        .compose(done -> needs.find(id))
        .map(need -> CapacityJson.need(need.orElseThrow())));
  }
}
