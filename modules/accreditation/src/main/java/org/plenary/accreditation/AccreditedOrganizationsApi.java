package org.plenary.accreditation;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;

/** {@code /accredited-organizations}: the public list, and the Secretariat's withdrawal of an accreditation. */
final class AccreditedOrganizationsApi implements ApiModule {

  private static final int DEFAULT_PAGE = 100;

  private final ApplicationStore store;
  private final ApplicationService applications;

  AccreditedOrganizationsApi(ApplicationStore store, ApplicationService applications) {
    this.store = store;
    this.applications = applications;
  }

  @Override
  public String openApiFragment() {
    return "openapi/accredited-organizations.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("listAccreditedOrganizations", this::list)
        .on("withdrawAccreditation", this::withdraw);
  }

  private void list(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(DEFAULT_PAGE);
    Cursor.Keys after = in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.TEXT, Cursor.Key.TEXT)).orElse(null);
    store.accreditedPage(in.query("kind").orElse(null), in.query("country").orElse(null),
            after == null ? null : after.text(0), after == null ? null : after.text(1), limit + 1)
        .onSuccess(page -> {
          List<AccreditedOrganization> shown = page.size() > limit ? page.subList(0, limit) : page;
          JsonArray items = new JsonArray();
          shown.forEach(organization -> items.add(AccreditationJson.accredited(organization)));
          AccreditedOrganization last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
          String next = page.size() > limit ? Cursor.encode(last.name(), last.id()) : null;
          Responses.ok(rc, Responses.page(items, next));
        })
        .onFailure(rc::fail);
  }

  private void withdraw(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    String organizationId = in.path("organizationId");
    String reason = in.body().getString("reason").strip();
    applications.withdraw(caller, organizationId, reason)
        .onSuccess(v -> Responses.ok(rc, new JsonObject().put("organizationId", organizationId)
            .put("accreditation", ApplicationStatus.WITHDRAWN.wire()).put("reason", reason)))
        .onFailure(rc::fail);
  }
}
