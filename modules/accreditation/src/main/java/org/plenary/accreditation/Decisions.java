package org.plenary.accreditation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.Optional;
import java.util.UUID;
import org.plenary.accreditation.api.AccreditationEvents;
import org.plenary.platform.events.EventType;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.identity.ParticipantDirectory;

/**
 * Decides applications and withdraws accreditations: each decision is one transaction that writes the
 * application, the organization's accreditation, the audit entry and the event together. Afterwards the
 * organization's people are forgotten by the participant cache so that they may post (or not) at once.
 */
final class Decisions {

  record Decision(UUID applicationId, String organizationId, ApplicationStatus outcome) {
  }

  private final Pool pool;
  private final ApplicationStore store;
  private final ParticipantDirectory participants;

  Decisions(Pool pool, ApplicationStore store, ParticipantDirectory participants) {
    this.pool = pool;
    this.store = store;
    this.participants = participants;
  }

  /**
   * Closes the window of a pending application: accredited when no State objects, otherwise objected.
   * Empty when the application was no longer pending, for example decided by another server instance, or,
   * when the window expired, no longer due because the Secretariat moved its end meanwhile.
   */
  Future<Optional<Decision>> decide(UUID applicationId, UUID actorId, Decided how) {
    return pool.withTransaction(conn -> (how == Decided.WINDOW_EXPIRED ? store.lockDue(conn, applicationId)
            : store.lockPending(conn, applicationId))
            .compose(organization -> organization.isEmpty() ? Future.succeededFuture(Optional.<Decision>empty())
                // Counted after the lock, in a statement of its own, so that an objection committed while we
                // waited for the lock is seen (READ COMMITTED takes a new snapshot per statement).
                : store.standingObjections(conn, applicationId).compose(objections -> record(conn,
                    new Decision(applicationId, organization.get(),
                        objections == 0 ? ApplicationStatus.ACCREDITED : ApplicationStatus.OBJECTED),
                    actorId, how, AccreditationEvents.DECIDED.name(), objections))))
        .onSuccess(decided -> decided.ifPresent(d -> participants.forget(d.organizationId())));
  }

  /**
   * The Secretariat confirms a pending applicant's ECOSOC consultative status: accredited on notification,
   * standing objections notwithstanding (they are counted in the audit entry). Empty when it was not pending.
   */
  Future<Optional<Decision>> accreditOnEcosocConfirmation(UUID applicationId, UUID secretariatId) {
    return pool.withTransaction(conn -> store.lockPending(conn, applicationId)
            .compose(organization -> organization.isEmpty() ? Future.succeededFuture(Optional.<Decision>empty())
                : store.confirmEcosoc(conn, applicationId, secretariatId)
                    .compose(v -> store.standingObjections(conn, applicationId))
                    .compose(objections -> record(conn,
                        new Decision(applicationId, organization.get(), ApplicationStatus.ACCREDITED),
                        secretariatId, Decided.ECOSOC_NOTIFICATION, "accreditation.ecosoc-confirmed", objections))))
        .onSuccess(decided -> decided.ifPresent(d -> participants.forget(d.organizationId())));
  }

  /** The decision on the locked application, the organization's accreditation, the audit entry and the event. */
  private Future<Optional<Decision>> record(SqlConnection conn, Decision decision, UUID actorId, Decided how,
                                            String auditAction, long objections) {
    return store.recordDecision(conn, decision.applicationId(), decision.outcome(), actorId, how)
        .compose(v -> store.setAccreditation(conn, decision.organizationId(), decision.outcome()))
        .compose(v -> AuditLog.append(conn, actorId, auditAction, "organization", decision.organizationId(), null,
            new JsonObject().put("applicationId", decision.applicationId().toString())
                .put("outcome", decision.outcome().wire()).put("how", how.wire()).put("objections", objections)))
        .compose(v -> recordEvent(conn, AccreditationEvents.DECIDED, decision))
        .map(Optional.of(decision));
  }

  /** Withdraws an organization's accreditation; the latest application that granted it is marked withdrawn. */
  Future<Optional<UUID>> withdraw(SqlConnection conn, String organizationId, UUID actorId, String reason) {
    return store.setAccreditation(conn, organizationId, ApplicationStatus.WITHDRAWN)
        .compose(v -> store.withdrawLatestAccreditation(conn, organizationId, actorId, reason))
        .compose(application -> AuditLog.append(conn, actorId, AccreditationEvents.WITHDRAWN.name(), "organization",
                organizationId, reason, new JsonObject().put("applicationId", application.map(UUID::toString).orElse(null)))
            .compose(v -> recordEvent(conn, AccreditationEvents.WITHDRAWN,
                new Decision(application.orElse(null), organizationId, ApplicationStatus.WITHDRAWN)))
            .map(application));
  }

  void forget(String organizationId) {
    participants.forget(organizationId);
  }

  static Future<Void> recordEvent(SqlConnection conn, EventType type, Decision decision) {
    JsonObject payload = new JsonObject().put("organizationId", decision.organizationId())
        .put("status", decision.outcome().wire());
    if (decision.applicationId() != null) {
      payload.put("applicationId", decision.applicationId().toString());
    }
    return Outbox.record(conn, type, "organization:" + decision.organizationId(), payload);
  }
}
