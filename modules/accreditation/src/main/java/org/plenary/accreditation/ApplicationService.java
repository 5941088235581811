package org.plenary.accreditation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.plenary.accreditation.api.AccreditationEvents;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.Organization;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.organizations.Organizations;

/**
 * Applications for accreditation: a stakeholder's delegate applies for its organization, or the
 * Secretariat registers one (a new organization when it is not yet known). An organization whose ECOSOC
 * consultative status the Secretariat registers or confirms is accredited on notification; any other,
 * including one that only claims that status, enters the non-objection window.
 */
public final class ApplicationService {

  private final Pool pool;
  private final ApplicationStore store;
  private final Organizations organizations;
  private final Decisions decisions;
  private final AccreditationConfig config;
  private final Runnable windowsChanged;

  ApplicationService(Pool pool, ApplicationStore store, Organizations organizations, Decisions decisions,
                     AccreditationConfig config, Runnable windowsChanged) {
    this.pool = pool;
    this.store = store;
    this.organizations = organizations;
    this.decisions = decisions;
    this.config = config;
    this.windowsChanged = windowsChanged;
  }

  /** Files the application and returns its id. */
  public Future<UUID> apply(Participant caller, ApplyForAccreditation request) {
    Applicant applicant = Applicant.of(caller, request, config);
    return requireState(request.country())
        .compose(country -> pool.withTransaction(conn -> store.lockOrganization(conn, applicant.organizationId())
            .compose(found -> found.isPresent() ? requireMayApply(conn, applicant, found.get())
                : applicant.mayCreateOrganization(conn, store))
            .compose(ok -> store.insertApplication(conn, applicant.toApplication(request, caller.id())))
            .compose(id -> store.setAccreditation(conn, applicant.organizationId(), applicant.status())
                .compose(v -> record(conn, caller, applicant, id))
                .map(id))))
        .onSuccess(id -> {
          decisions.forget(applicant.organizationId());
          windowsChanged.run();
        });
  }

  private Future<Organization> requireState(String country) {
    return organizations.find(country).map(found -> found.filter(org -> org.kind() == OrganizationKind.STATE)
        .orElseThrow(() -> Failure.invalid("country must be the ISO 3166-1 alpha-3 code of a State in the"
            + " registry (for example KEN); '" + country + "' is not one.")));
  }

  private Future<Void> requireMayApply(SqlConnection conn, Applicant applicant, RegisteredOrganization organization) {
    String id = organization.id();
    if (!OrganizationKind.fromWire(organization.kind()).isStakeholder()) {
      return Future.failedFuture(Failure.conflict("'" + id + "' is a " + organization.kind()
          + ": only stakeholder organizations are accredited."));
    }
    if (!applicant.kind().equals(organization.kind())) {
      return Future.failedFuture(Failure.invalid("'" + id + "' is registered as " + organization.kind()
          + "; an application keeps the organization's kind."));
    }
    if (organization.accredited()) {
      return Future.failedFuture(Failure.conflict("'" + id + "' is accredited already."));
    }
    return store.hasOpenApplication(conn, id).compose(open -> open
        ? Future.failedFuture(Failure.conflict("'" + id + "' has an application whose non-objection window is"
            + " still open; one application at a time."))
        : Future.succeededFuture());
  }

  private static Future<Void> record(SqlConnection conn, Participant caller, Applicant applicant, UUID id) {
    boolean onNotification = applicant.accreditedOnNotification();
    String action = onNotification ? "accreditation.accredited-on-notification" : AccreditationEvents.APPLIED.name();
    JsonObject payload = new JsonObject().put("applicationId", id.toString())
        .put("organizationId", applicant.organizationId()).put("status", applicant.status().wire());
    return AuditLog.append(conn, caller.id(), action, "organization", applicant.organizationId(), null,
            payload.copy().put("registeredBy", applicant.registeredByTheSecretariat() ? "secretariat" : "applicant")
                .put("ecosocClaimed", applicant.ecosocClaimed()))
        .compose(v -> Outbox.record(conn, onNotification ? AccreditationEvents.DECIDED : AccreditationEvents.APPLIED,
            "organization:" + applicant.organizationId(), payload));
  }

  /** The Secretariat moves the end of a pending application's window. */
  public Future<Void> changeWindow(Participant caller, UUID id, Instant closesAt) {
    Who.requireSecretariat(caller, "sets the non-objection window");
    if (!closesAt.isAfter(Instant.now())) {
      throw Failure.invalid("closesAt must be in the future; to close the window now, POST"
          + " /accreditations/" + id + "/close.");
    }
    return pool.withTransaction(conn -> requirePending(conn, id)
            .compose(application -> store.setWindow(conn, id, closesAt)
                .compose(v -> AuditLog.append(conn, caller.id(), AccreditationEvents.WINDOW_CHANGED.name(), "organization",
                    application.organizationId(), null, new JsonObject().put("applicationId", id.toString())
                        // A pending application always has a window (a check of the table says so).
                        .put("from", application.closesAt().orElseThrow().toString())
                        .put("to", closesAt.toString())))
                .compose(v -> Outbox.record(conn, AccreditationEvents.WINDOW_CHANGED,
                    "organization:" + application.organizationId(), new JsonObject()
                        .put("applicationId", id.toString()).put("organizationId", application.organizationId())))))
        .onSuccess(v -> windowsChanged.run());
  }

  /** The Secretariat closes a window early; the application is decided as at its end. */
  public Future<Void> close(Participant caller, UUID id) {
    Who.requireSecretariat(caller, "closes a non-objection window early");
    return decisions.decide(id, caller.id(), Decided.CLOSED_BY_SECRETARIAT).compose(decided -> requireDecided(id, decided));
  }

  /**
   * The Secretariat confirms that a pending applicant has ECOSOC consultative status (as it claimed, or as
   * the Secretariat knows): the organization is accredited on notification, whatever the window.
   */
  public Future<Void> confirmEcosoc(Participant caller, UUID id) {
    Who.requireSecretariat(caller, "confirms an organization's ECOSOC consultative status");
    return decisions.accreditOnEcosocConfirmation(id, caller.id()).compose(decided -> requireDecided(id, decided));
  }

  private Future<Void> requireDecided(UUID id, Optional<Decisions.Decision> decided) {
    return decided.isPresent() ? Future.succeededFuture()
        : store.findView(id).compose(found -> Future.failedFuture(found
            .map(application -> Failure.conflict("The application was decided already: it is "
                + application.status().wire() + "."))
            .orElseGet(() -> notFound(id))));
  }

  /** The Secretariat withdraws an organization's accreditation, with a reason. */
  public Future<Void> withdraw(Participant caller, String organizationId, String reason) {
    Who.requireSecretariat(caller, "withdraws an accreditation");
    return pool.withTransaction(conn -> store.lockOrganization(conn, organizationId).compose(found -> {
      RegisteredOrganization organization = found.orElseThrow(() -> Failure.notFound("No organization has the id '"
          + organizationId + "'."));
      if (!organization.accredited()) {
        throw Failure.conflict("'" + organizationId + "' is not accredited, so there is nothing to withdraw.");
      }
      return decisions.withdraw(conn, organizationId, caller.id(), reason).<Void>mapEmpty();
    })).onSuccess(v -> decisions.forget(organizationId));
  }

  private Future<LockedApplication> requirePending(SqlConnection conn, UUID id) {
    return store.lockApplication(conn, id).map(found -> {
      LockedApplication application = found.orElseThrow(() -> notFound(id));
      if (application.status() != ApplicationStatus.PENDING) {
        throw Failure.conflict("The application was decided already: it is " + application.status().wire() + ".");
      }
      return application;
    });
  }

  static Failure notFound(UUID id) {
    return Failure.notFound("There is no accreditation application " + id + ", or it is not open to you.");
  }
}
