package org.plenary.accreditation;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.plenary.platform.identity.Participant;

/**
 * The accreditation APIs' JSON: the request to apply, an application as one viewer may see it, and an entry of
 * the public list. The applicant, the Chair and moderators see an application's status; States and the
 * Secretariat also see which States object and why ({@link Who#seesObjectors}).
 */
final class AccreditationJson {

  private AccreditationJson() {
  }

  /** The body of {@code POST /accreditations}, validated against the contract already. */
  static ApplyForAccreditation applyRequest(JsonObject body) {
    return new ApplyForAccreditation(body.getString("name"), body.getString("kind"), body.getString("country"),
        body.getString("website"), body.getString("purpose"), body.getBoolean("ecosocStatus"),
        Optional.ofNullable(body.getString("organizationId")), Optional.ofNullable(body.getInteger("windowDays")));
  }

  static JsonObject application(Application application, Optional<Participant> viewer) {
    Application.Organization organization = application.organization();
    JsonObject json = new JsonObject()
        .put("id", application.id().toString())
        .put("organization", new JsonObject()
            .put("id", organization.id())
            .put("name", organization.name())
            .put("kind", organization.kind())
            .put("accreditation", organization.accreditation()))
        .put("name", application.name())
        .put("kind", application.kind())
        .put("country", named(application.country()))
        .put("website", application.website())
        .put("purpose", application.purpose())
        .put("ecosocStatus", application.ecosocStatus())
        .put("ecosocClaimed", application.ecosocClaimed())
        .put("status", application.status().wire())
        .put("appliedAt", application.appliedAt().toString())
        .put("windowOpen", application.windowOpen());
    application.ecosocConfirmedAt().ifPresent(at -> json.put("ecosocConfirmedAt", at.toString()));
    application.closesAt().ifPresent(at -> json.put("windowClosesAt", at.toString()));
    application.decidedAt().ifPresent(at -> json.put("decidedAt", at.toString()));
    application.decidedHow().ifPresent(how -> json.put("decidedHow", how.wire()));
    application.withdrawnAt().ifPresent(at -> json.put("withdrawnAt", at.toString()));
    application.withdrawalReason().ifPresent(reason -> json.put("withdrawalReason", reason));
    if (Who.seesObjectors(viewer)) {
      JsonArray objections = new JsonArray();
      application.objections().forEach(objection -> objections.add(objection(objection)));
      json.put("objections", objections);
    }
    return json;
  }

  private static JsonObject objection(Application.Objection objection) {
    JsonObject json = new JsonObject().put("state", named(objection.state()))
        .put("objectedAt", objection.objectedAt().toString());
    objection.reason().ifPresent(reason -> json.put("reason", reason));
    return json;
  }

  /** Organizations of the registry's data file were accredited before Plenary and carry no application. */
  static JsonObject accredited(AccreditedOrganization organization) {
    JsonObject json = new JsonObject().put("id", organization.id()).put("kind", organization.kind())
        .put("name", organization.name());
    organization.grant().ifPresent(grant -> json.put("website", grant.website())
        .put("country", named(grant.country()))
        .put("ecosocStatus", grant.ecosocStatus())
        .put("accreditedAt", grant.accreditedAt().toString()));
    return json;
  }

  private static JsonObject named(Application.Named named) {
    return new JsonObject().put("id", named.id()).put("name", named.name());
  }
}
