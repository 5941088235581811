package org.plenary.platform.organizations;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;

/**
 * {@code /organizations}: the public registry of States, organizations and stakeholders. A stakeholder's
 * accreditation is shown as the accreditation context allows: to most readers only "accredited".
 */
public final class OrganizationsApi implements ApiModule {

  private static final int DEFAULT_PAGE = 250;

  private final Organizations organizations;
  private final AccreditationDisclosure disclosure;

  public OrganizationsApi(Organizations organizations, AccreditationDisclosure disclosure) {
    this.organizations = organizations;
    this.disclosure = disclosure;
  }

  @Override
  public String openApiFragment() {
    return "openapi/organizations.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("listOrganizations", this::list)
        .on("getOrganization", this::get);
  }

  private void list(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    int limit = in.limit(DEFAULT_PAGE);
    boolean byName = "name".equals(in.query("sort").orElse("id"));
    Cursor.Keys after = in.query("cursor").map(c -> byName ? Cursor.decode(c, Cursor.Key.TEXT, Cursor.Key.TEXT)
        : Cursor.decode(c, Cursor.Key.TEXT)).orElse(null);
    String kind = in.query("kind").orElse(null);
    String group = in.query("group").orElse(null);
    var page = byName
        ? organizations.listByName(kind, group, after == null ? null : after.text(0),
            after == null ? null : after.text(1), limit + 1)
        : organizations.list(kind, group, after == null ? null : after.text(0), limit + 1);
    page
        .onSuccess(found -> {
          List<Organization> items = found.size() > limit ? found.subList(0, limit) : found;
          Organization last = items.isEmpty() ? null : items.get(items.size() - 1);
          String next = found.size() <= limit ? null
              : byName ? Cursor.encode(last.name(), last.id()) : Cursor.encode(last.id());
          JsonArray json = new JsonArray();
          items.forEach(org -> json.add(shown(rc, org)));
          Responses.ok(rc, Responses.page(json, next));
        })
        .onFailure(rc::fail);
  }

  private void get(RoutingContext rc) {
    String id = RequestInput.of(rc).path("id");
    organizations.find(id)
        .map(found -> found.orElseThrow(() -> Failure.notFound("No organization has the id '" + id + "'.")))
        .compose(org -> org.kind() == OrganizationKind.INTERGOVERNMENTAL
            ? organizations.members(id).map(members -> shown(rc, org).put("members", new JsonArray(members)))
            : Future.succeededFuture(shown(rc, org)))
        .onSuccess(json -> Responses.ok(rc, json))
        .onFailure(rc::fail);
  }

  private JsonObject shown(RoutingContext rc, Organization org) {
    JsonObject json = org.toJson();
    String accreditation = json.getString("accreditation");
    if (accreditation != null && !"accredited".equals(accreditation) && !disclosure.seesProcedureOf(Caller.of(rc), org.id())) {
      json.remove("accreditation");
    }
    return json;
  }
}
