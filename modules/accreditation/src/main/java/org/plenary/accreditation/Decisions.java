package org.plenary.accreditation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.Optional;
import java.util.UUID;
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
                : store.standingObjections(conn, applicationId).compose(objections -> {
                  ApplicationStatus outcome = objections == 0 ? ApplicationStatus.ACCREDITED : ApplicationStatus.OBJECTED;
                  Decision decision = new Decision(applicationId, organization.get(), outcome);
                  return store.recordDecision(conn, applicationId, outcome, actorId, how)
                      .compose(v -> store.setAccreditation(conn, decision.organizationId(), outcome))
                      .compose(v -> AuditLog.append(conn, actorId, "accreditation.decided", "organization",
                          decision.organizationId(), null, new JsonObject().put("applicationId", applicationId.toString())
                              .put("outcome", outcome.wire()).put("how", how.wire()).put("objections", objections)))
                      .compose(v -> recordEvent(conn, "accreditation.decided", decision))
                      .map(Optional.of(decision));
                })))
        .onSuccess(decided -> decided.ifPresent(d -> participants.forget(d.organizationId())));
  }

  /** Withdraws an organization's accreditation; the latest application that granted it is marked withdrawn. */
  Future<Optional<UUID>> withdraw(SqlConnection conn, String organizationId, UUID actorId, String reason) {
    return store.setAccreditation(conn, organizationId, ApplicationStatus.WITHDRAWN)
        .compose(v -> store.withdrawLatestAccreditation(conn, organizationId, actorId, reason))
        .compose(application -> AuditLog.append(conn, actorId, "accreditation.withdrawn", "organization",
                organizationId, reason, new JsonObject().put("applicationId", application.map(UUID::toString).orElse(null)))
            .compose(v -> recordEvent(conn, "accreditation.withdrawn",
                new Decision(application.orElse(null), organizationId, ApplicationStatus.WITHDRAWN)))
            .map(application));
  }

  void forget(String organizationId) {
    participants.forget(organizationId);
  }

  static Future<Void> recordEvent(SqlConnection conn, String type, Decision decision) {
    JsonObject payload = new JsonObject().put("organizationId", decision.organizationId())
        .put("status", decision.outcome().wire());
    if (decision.applicationId() != null) {
      payload.put("applicationId", decision.applicationId().toString());
    }
    return Outbox.record(conn, type, "organization:" + decision.organizationId(), payload);
  }
}
