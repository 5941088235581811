package org.plenary.implementation.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.plenary.implementation.domain.Audience;
import org.plenary.implementation.domain.Cycle;
import org.plenary.implementation.domain.ListedReport;
import org.plenary.implementation.domain.NeedLink;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.ReportDraft;
import org.plenary.implementation.domain.ReportVersion;
import org.plenary.implementation.service.CycleService;
import org.plenary.implementation.service.NeedStep;
import org.plenary.implementation.service.ReportReading;
import org.plenary.implementation.service.ReportRules;
import org.plenary.implementation.service.ReportService;
import org.plenary.implementation.service.StaleSave;
import org.plenary.implementation.store.CycleStore;
import org.plenary.implementation.store.ReportStore;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.wire.WireEnum;

/** {@code /reporting-cycles}: national reports, described by {@code openapi/implementation.yaml}. */
public final class ImplementationApi implements ApiModule {

  private static final int DEFAULT_PAGE = 50;

  private final CycleStore cycles;
  private final CycleService cycleService;
  private final ReportService reports;
  private final ReportReading reading;
  private final NeedStep needs;
  private final Clock clock;

  public ImplementationApi(CycleStore cycles, CycleService cycleService, ReportService reports, ReportReading reading,
                           NeedStep needs, Clock clock) {
    this.needs = needs;
    this.cycles = cycles;
    this.cycleService = cycleService;
    this.reports = reports;
    this.reading = reading;
    this.clock = clock;
  }

  @Override
  public String openApiFragment() {
    return "openapi/implementation.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("listReportingCycles", this::listCycles)
        .onCreate("openReportingCycle", this::openCycle, this::openedCycle)
        .on("listPublishedReports", this::listPublished)
        .on("getReportCoverage", this::coverage)
        .on("getPublishedReport", this::published)
        .on("getReportDraft", this::draft)
        .on("saveReportDraft", this::save)
        .on("listReportVersions", this::versions)
        .on("submitReport", this::submit)
        .on("publishReport", this::publish)
        .onCreate("raiseCapacityNeed", this::raiseNeed, this::raisedNeed);
  }

  private void listCycles(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(DEFAULT_PAGE);
    Cycle after = in.query("cursor").map(c -> {
      Cursor.Keys keys = Cursor.decode(c, Cursor.Key.TIME, Cursor.Key.TEXT);
      return new Cycle(keys.text(1), "", null, keys.time(0).toInstant());
    }).orElse(null);
    Responses.reply(rc, cycles.list(after, limit + 1).map(listed -> {
      JsonArray items = new JsonArray();
      listed.stream().limit(limit).forEach(c -> items.add(ImplementationJson.cycle(c)));
      Cycle last = listed.size() > limit ? listed.get(limit - 1) : null;
      return Responses.page(items, last == null ? null
          : Cursor.encode(last.openedAt().atOffset(java.time.ZoneOffset.UTC).toString(), last.id()));
    }));
  }

  private void openCycle(RoutingContext rc) {
    Participant actor = Caller.require(rc);
    cycleService.open(actor, ReportRequestJson.cycle(RequestInput.of(rc).body()), clock.instant())
        .map(ImplementationApi::created)
        .onSuccess(created -> Responses.created(rc, created)).onFailure(rc::fail);
  }

  /** A cycle whose first answer was lost. */
  private Future<Created> openedCycle(RoutingContext rc, Made made) {
    String id = made.payload(org.plenary.implementation.api.ImplementationEvents.CYCLE_OPENED).getString("cycleId");
    return cycles.find(id).map(found -> created(found.orElseThrow()));
  }

  private static Created created(Cycle cycle) {
    return new Created("/api/v1/reporting-cycles/" + cycle.id(), ImplementationJson.cycle(cycle));
  }

  private void listPublished(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(DEFAULT_PAGE);
    ReportStore.Filter filter = new ReportStore.Filter(in.query("regionalGroup").orElse(null),
        in.query("norm").map(n -> WireEnum.parse(Norm.class, n)).orElse(null), in.query("language").orElse(null));
    ReportStore.After after = in.query("cursor").map(c -> {
      Cursor.Keys keys = Cursor.decode(c, Cursor.Key.TEXT, Cursor.Key.TEXT);
      return new ReportStore.After(keys.text(0), keys.text(1));
    }).orElse(null);
    Responses.reply(rc, reading.list(Caller.of(rc), in.path("cycleId"), filter, after, limit + 1).map(listed -> {
      JsonArray items = new JsonArray();
      listed.stream().limit(limit).forEach(l -> items.add(ImplementationJson.listed(l)));
      ListedReport last = listed.size() > limit ? listed.get(limit - 1) : null;
      return Responses.page(items, last == null ? null : Cursor.encode(last.stateName(), last.report().stateId()));
    }));
  }

  private void coverage(RoutingContext rc) {
    String cycleId = RequestInput.of(rc).path("cycleId");
    Responses.reply(rc, reading.coverage(Caller.of(rc), cycleId).map(c -> ImplementationJson.coverage(cycleId, c)));
  }

  private void published(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Responses.reply(rc, reading.published(Caller.of(rc), in.path("cycleId"), in.path("stateId"))
        .map(ImplementationJson::published));
  }

  private void draft(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Participant reader = Caller.require(rc);
    sendDraft(rc, reader, reading.draft(reader, in.path("cycleId"), in.path("stateId")));
  }

  private void save(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Participant actor = Caller.require(rc);
    var save = ReportRequestJson.save(in.path("cycleId"), in.path("stateId"), in.body(),
        Optional.ofNullable(rc.request().getHeader("If-Match")));
    sendDraft(rc, actor, reports.save(actor, save, clock.instant()).recover(ImplementationApi::stale));
  }

  /** A stale save's problem carries the newer version, so the client shows it beside the text it keeps. */
  private static Future<ReportDraft> stale(Throwable failure) {
    if (failure instanceof StaleSave s) {
      return Future.failedFuture(Failure.conflict("stale-version", "The report was saved meanwhile", s.getMessage(),
          java.util.Map.of("baseVersion", s.baseVersion(), "latestVersion", ImplementationJson.version(s.latest()))));
    }
    return Future.failedFuture(failure);
  }

  private void versions(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Participant reader = Caller.require(rc);
    int limit = in.limit(DEFAULT_PAGE);
    Integer before = in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.INTEGER).integer(0)).orElse(null);
    Responses.reply(rc, reading.versions(reader, in.path("cycleId"), in.path("stateId"), before, limit + 1)
        .map(listed -> {
          JsonArray items = new JsonArray();
          listed.stream().limit(limit).forEach(v -> items.add(ImplementationJson.version(v)));
          List<ReportVersion> page = listed;
          return Responses.page(items, page.size() > limit ? Cursor.encode(page.get(limit - 1).version()) : null);
        }));
  }

  private void submit(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Participant actor = Caller.require(rc);
    sendDraft(rc, actor, reports.submit(actor, in.path("cycleId"), in.path("stateId"), clock.instant()));
  }

  private void publish(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Participant actor = Caller.require(rc);
    Audience audience = WireEnum.parse(Audience.class, in.body().getString("audience"));
    sendDraft(rc, actor, reports.publish(actor, in.path("cycleId"), in.path("stateId"), audience, clock.instant()));
  }

  private void raiseNeed(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Participant actor = Caller.require(rc);
    Norm norm = WireEnum.parse(Norm.class, in.body().getString("norm"));
    needs.raise(actor, in.path("cycleId"), in.path("stateId"), norm, clock.instant())
        .onSuccess(link -> Responses.created(rc, new Created(null, ImplementationJson.need(link))))
        .onFailure(rc::fail);
  }

  /** A need whose first answer was lost: the event says which. */
  private Future<Created> raisedNeed(RoutingContext rc, Made made) {
    var payload = made.payload(org.plenary.implementation.api.ImplementationEvents.NEED_RAISED);
    return Future.succeededFuture(new Created(null, ImplementationJson.need(new NeedLink(
        WireEnum.parse(Norm.class, payload.getString("norm")), java.util.UUID.fromString(payload.getString("needId")),
        payload.getInteger("version")))));
  }

  private static void sendDraft(RoutingContext rc, Participant reader, Future<ReportDraft> draft) {
    draft.onSuccess(d -> {
      rc.response().putHeader("ETag", "\"" + d.report().latestVersion() + "\"");
      Responses.ok(rc, ImplementationJson.draft(d, ReportRules.mayEdit(reader, d.report().stateId())));
    }).onFailure(rc::fail);
  }

}
