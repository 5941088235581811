package org.plenary.capacity.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.UUID;
import org.plenary.capacity.api.CapacityEvents;
import org.plenary.capacity.domain.Viewer;
import org.plenary.capacity.service.EngagementService;
import org.plenary.capacity.store.EngagementStore;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;

/** {@code /capacity/engagements}: a proposal, the other side's decision, and start and completion confirmed by both. */
final class EngagementsApi {

  private static final int DEFAULT_PAGE = 25;

  private final EngagementStore engagements;
  private final EngagementService service;
  private final Viewers viewers;
  private final Clock clock;

  EngagementsApi(EngagementStore engagements, EngagementService service, Viewers viewers, Clock clock) {
    this.engagements = engagements;
    this.service = service;
    this.viewers = viewers;
    this.clock = clock;
  }

  void mount(ApiRoutes routes) {
    routes.on("listCapacityEngagements", this::list)
        .onCreate("proposeCapacityEngagement", this::propose, this::proposed)
        .on("getCapacityEngagement", this::get)
        .on("acceptCapacityEngagement", rc -> act(rc, (viewer, id, in) -> service.accept(viewer, id, clock.instant())))
        .on("declineCapacityEngagement", rc -> act(rc, (viewer, id, in) ->
            service.decline(viewer, id, in.body().getString("reason"), clock.instant())))
        .on("withdrawCapacityEngagement", rc -> act(rc, (viewer, id, in) ->
            service.withdraw(viewer, id, in.body().getString("reason"), clock.instant())))
        .on("startCapacityEngagement", rc -> act(rc, (viewer, id, in) ->
            service.start(viewer, id, in.body().getString("note"), clock.instant())))
        .on("completeCapacityEngagement", rc -> act(rc, (viewer, id, in) ->
            service.complete(viewer, id, in.body().getString("outcome").strip(), clock.instant())));
  }

  private void list(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(DEFAULT_PAGE);
    ListCursor after = ListCursor.of(in.query("cursor").orElse(null));
    EngagementStore.Filter filter = new EngagementStore.Filter(in.query("needId").map(UUID::fromString).orElse(null),
        in.query("offerId").map(UUID::fromString).orElse(null), in.query("status").orElse(null));
    Responses.reply(rc, viewers.signedIn(rc).compose(viewer -> service.list(viewer, filter, after.at(), after.id(),
            limit + 1))
        .map(page -> CapacityJson.page(Listings.page(page, limit,
            engagement -> ListCursor.after(engagement.updatedAt(), engagement.id())), CapacityJson::engagement)));
  }

  private void propose(RoutingContext rc) {
    JsonObject body = RequestInput.of(rc).body();
    viewers.signedIn(rc)
        .compose(viewer -> service.propose(viewer, UUID.fromString(body.getString("needId")),
                UUID.fromString(body.getString("offerId")), body.getString("message"), clock.instant())
            .compose(id -> readable(viewer, id)))
        .onSuccess(json -> Responses.created(rc, "/api/v1/capacity/engagements/" + json.getString("id"), json))
        .onFailure(rc::fail);
  }

  /** An engagement whose first answer was lost, as its proposer sees it. */
  private Future<Created> proposed(RoutingContext rc, Made made) {
    UUID id = UUID.fromString(made.payloadOfAny(CapacityEvents.MATCHES).getString("matchId"));
    return viewers.signedIn(rc).compose(viewer -> readable(viewer, id))
        .map(json -> new Created("/api/v1/capacity/engagements/" + id, json));
  }

  private void get(RoutingContext rc) {
    UUID id = RequestInput.of(rc).uuid("engagementId");
    Responses.reply(rc, viewers.of(rc).compose(viewer -> readable(viewer, id)));
  }

  /** A step reads what it needs of the request itself: its body, if the operation has one. */
  private interface Step {
    Future<Void> apply(Viewer viewer, UUID id, RequestInput in);
  }

  /** A step of the workflow; the answer is the engagement with its history. */
  private void act(RoutingContext rc, Step step) {
    RequestInput in = RequestInput.of(rc);
    UUID id = in.uuid("engagementId");
    Responses.reply(rc, viewers.signedIn(rc)
        .compose(viewer -> step.apply(viewer, id, in).compose(done -> readable(viewer, id))));
  }

  private Future<JsonObject> readable(Viewer viewer, UUID id) {
    return engagements.find(id).map(found -> EngagementService.requireReadable(found, viewer, id))
        .compose(engagement -> engagements.steps(id).map(steps -> CapacityJson.engagement(engagement, steps)));
  }
}
