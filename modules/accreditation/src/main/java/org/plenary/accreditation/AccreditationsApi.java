package org.plenary.accreditation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.accreditation.api.AccreditationEvents;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;

/** {@code /accreditations}: applications, objections and the non-objection window. */
final class AccreditationsApi implements ApiModule {

  private static final int DEFAULT_PAGE = 50;

  private final ApplicationStore store;
  private final ApplicationService applications;
  private final ObjectionService objections;

  AccreditationsApi(ApplicationStore store, ApplicationService applications, ObjectionService objections) {
    this.store = store;
    this.applications = applications;
    this.objections = objections;
  }

  @Override
  public String openApiFragment() {
    return "openapi/accreditations.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.onCreate("applyForAccreditation", this::apply, (rc, made) -> view(UUID.fromString(
            made.payloadOfAny(AccreditationEvents.ACCREDITATION).getString("applicationId")), Caller.require(rc))
            .map(json -> new Created("/api/v1/accreditations/" + json.getString("id"), json)))
        .on("listAccreditationApplications", this::list)
        .on("getAccreditationApplication", this::get)
        .on("changeAccreditationWindow", this::changeWindow)
        .on("closeAccreditationWindow", this::close)
        .on("confirmEcosocStatus", this::confirmEcosoc)
        .onCreate("objectToAccreditation", this::object, (rc, made) -> view(applicationId(rc), Caller.require(rc))
            .map(json -> new Created(null, json)))
        .on("withdrawAccreditationObjection", this::withdrawObjection);
  }

  private void apply(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    applications.apply(caller, AccreditationJson.applyRequest(RequestInput.of(rc).body()))
        .compose(id -> view(id, caller))
        .onSuccess(json -> Responses.created(rc, "/api/v1/accreditations/" + json.getString("id"), json))
        .onFailure(rc::fail);
  }

  /** States and those who run the dialogue see every application; anyone else their organization's. */
  private void list(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(DEFAULT_PAGE);
    Cursor.Keys after = in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.TIME, Cursor.Key.UUID)).orElse(null);
    String organization = Who.seesEveryApplication(Optional.of(caller)) ? in.query("organizationId").orElse(null)
        : caller.organization().id();
    ApplicationStore.ListFilter filter = new ApplicationStore.ListFilter(in.query("status").orElse(null),
        in.query("kind").orElse(null), organization, in.query("ecosoc").orElse(null));
    store.page(filter, after == null ? null : after.instant(0),
            after == null ? null : after.uuid(1), limit + 1)
        .onSuccess(page -> {
          List<Application> shown = page.size() > limit ? page.subList(0, limit) : page;
          JsonArray items = new JsonArray();
          shown.forEach(application -> items.add(AccreditationJson.application(application, Optional.of(caller))));
          Application last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
          String next = page.size() > limit
              ? Cursor.encode(last.appliedAt().toString(), last.id().toString())
              : null;
          Responses.ok(rc, Responses.page(items, next));
        })
        .onFailure(rc::fail);
  }

  private void get(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    Responses.reply(rc, view(applicationId(rc), caller));
  }

  private void changeWindow(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    UUID id = applicationId(rc);
    Instant closesAt = Instant.parse(RequestInput.of(rc).body().getString("closesAt"));
    Responses.reply(rc, applications.changeWindow(caller, id, closesAt).compose(v -> view(id, caller)));
  }

  private void close(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    UUID id = applicationId(rc);
    Responses.reply(rc, applications.close(caller, id).compose(v -> view(id, caller)));
  }

  private void confirmEcosoc(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    UUID id = applicationId(rc);
    Responses.reply(rc, applications.confirmEcosoc(caller, id).compose(v -> view(id, caller)));
  }

  private void object(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    UUID id = applicationId(rc);
    String reason = RequestInput.of(rc).body().getString("reason");
    objections.object(caller, id, reason == null || reason.isBlank() ? null : reason.strip())
        .compose(v -> view(id, caller))
        .onSuccess(json -> Responses.json(rc, 201, json))
        .onFailure(rc::fail);
  }

  private void withdrawObjection(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    UUID id = applicationId(rc);
    Responses.reply(rc, objections.withdraw(caller, id, RequestInput.of(rc).path("stateId"))
        .compose(v -> view(id, caller)));
  }

  private Future<JsonObject> view(UUID id, Participant viewer) {
    return store.findView(id).map(found -> found
        .filter(application -> Who.seesApplicationOf(Optional.of(viewer), application.organization().id()))
        .map(application -> AccreditationJson.application(application, Optional.of(viewer)))
        .orElseThrow(() -> ApplicationService.notFound(id)));
  }

  private static UUID applicationId(RoutingContext rc) {
    return RequestInput.of(rc).uuid("applicationId");
  }
}
