package org.plenary.implementation.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.plenary.implementation.api.ImplementationEvents;
import org.plenary.implementation.domain.GoodPractice;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.PracticeMark;
import org.plenary.implementation.service.GoodPracticeService;
import org.plenary.implementation.store.GoodPracticeStore;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.organizations.RegionalGroup;
import org.plenary.platform.wire.WireEnum;

/** {@code /good-practices}: described by {@code openapi/good-practices.yaml}. */
public final class GoodPracticesApi implements ApiModule {

  private static final int DEFAULT_PAGE = 20;

  private final GoodPracticeService practices;
  private final Clock clock;

  public GoodPracticesApi(GoodPracticeService practices, Clock clock) {
    this.practices = practices;
    this.clock = clock;
  }

  @Override
  public String openApiFragment() {
    return "openapi/good-practices.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("listGoodPractices", this::list)
        .onCreate("shareGoodPractice", this::share, this::shared)
        .on("getGoodPractice", this::one)
        .on("markGoodPractice", this::mark)
        .on("withdrawGoodPracticeMark", this::withdraw);
  }

  private void list(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(DEFAULT_PAGE);
    var filter = new GoodPracticeStore.Filter(in.query("norm").map(n -> WireEnum.parse(Norm.class, n)).orElse(null),
        in.query("region").map(RegionalGroup::fromWire).orElse(null),
        in.query("kind").map(OrganizationKind::fromWire).orElse(null));
    var after = in.query("cursor").map(c -> {
      Cursor.Keys keys = Cursor.decode(c, Cursor.Key.TIME, Cursor.Key.UUID);
      return new GoodPracticeStore.After(keys.time(0).toInstant(), keys.uuid(1));
    }).orElse(null);
    Optional<Participant> reader = Caller.of(rc);
    Responses.reply(rc, practices.list(reader, filter, after, limit + 1).map(listed -> {
      JsonArray items = new JsonArray();
      listed.stream().limit(limit).forEach(p -> items.add(GoodPracticeJson.practice(p, reader)));
      GoodPractice last = listed.size() > limit ? listed.get(limit - 1) : null;
      return Responses.page(items, last == null ? null
          : Cursor.encode(last.sharedAt().atOffset(ZoneOffset.UTC).toString(), last.id().toString()));
    }));
  }

  private void share(RoutingContext rc) {
    Participant actor = Caller.require(rc);
    practices.share(actor, GoodPracticeJson.share(RequestInput.of(rc).body()), clock.instant())
        .map(p -> created(p, actor)).onSuccess(created -> Responses.created(rc, created)).onFailure(rc::fail);
  }

  /** A practice whose first answer was lost: the event says which. */
  private Future<Created> shared(RoutingContext rc, Made made) {
    Participant actor = Caller.require(rc);
    UUID id = UUID.fromString(made.payload(ImplementationEvents.PRACTICE_SHARED).getString("practiceId"));
    return practices.find(Optional.of(actor), id).map(p -> created(p, actor));
  }

  private static Created created(GoodPractice practice, Participant actor) {
    return new Created("/api/v1/good-practices/" + practice.id(),
        GoodPracticeJson.practice(practice, Optional.of(actor)));
  }

  private void one(RoutingContext rc) {
    Optional<Participant> reader = Caller.of(rc);
    Responses.reply(rc, practices.find(reader, RequestInput.of(rc).uuid("practiceId"))
        .map(p -> GoodPracticeJson.practice(p, reader)));
  }

  private void mark(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Participant actor = Caller.require(rc);
    Responses.reply(rc, practices.mark(actor, in.uuid("practiceId"), markOf(in), clock.instant())
        .map(p -> GoodPracticeJson.practice(p, Optional.of(actor))));
  }

  private void withdraw(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Participant actor = Caller.require(rc);
    Responses.reply(rc, practices.withdraw(actor, in.uuid("practiceId"), markOf(in))
        .map(p -> GoodPracticeJson.practice(p, Optional.of(actor))));
  }

  private static PracticeMark markOf(RequestInput in) {
    return WireEnum.parse(PracticeMark.class, in.path("mark"));
  }
}
