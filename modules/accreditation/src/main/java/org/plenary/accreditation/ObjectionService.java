package org.plenary.accreditation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.UUID;
import org.plenary.accreditation.api.AccreditationEvents;
import org.plenary.platform.events.EventType;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/**
 * Objections of States during the non-objection window. The application row is locked first, so an
 * objection and the window's closing never interleave: the objection either counts or is refused.
 */
public final class ObjectionService {

  static final EventType RAISED = AccreditationEvents.OBJECTION_RAISED;
  static final EventType WITHDRAWN = AccreditationEvents.OBJECTION_WITHDRAWN;

  private final Pool pool;
  private final ApplicationStore store;

  ObjectionService(Pool pool, ApplicationStore store) {
    this.pool = pool;
    this.store = store;
  }

  public Future<Void> object(Participant delegate, UUID applicationId, String reason) {
    Who.requireStateDelegate(delegate, "objects to an accreditation");
    String state = delegate.organization().id();
    return pool.withTransaction(conn -> requireOpenWindow(conn, applicationId)
        .compose(organizationId -> store.insertObjection(conn, applicationId, state, reason, delegate.id())
            .compose(inserted -> inserted ? record(conn, delegate, RAISED, applicationId,
                organizationId, reason)
                : Future.failedFuture(Failure.conflict(delegate.organization().name() + " objects already; withdraw"
                    + " the objection first to object again with another reason.")))));
  }

  public Future<Void> withdraw(Participant delegate, UUID applicationId, String stateId) {
    Who.requireOwnObjection(delegate, stateId);
    return pool.withTransaction(conn -> requireOpenWindow(conn, applicationId)
        .compose(organizationId -> store.withdrawObjection(conn, applicationId, stateId)
            .compose(withdrawn -> withdrawn ? record(conn, delegate, WITHDRAWN, applicationId,
                organizationId, null)
                : Future.failedFuture(Failure.notFound(delegate.organization().name()
                    + " has no standing objection to this application.")))));
  }

  /** The organization applying, once its window is known to be open; the application stays locked. */
  private Future<String> requireOpenWindow(SqlConnection conn, UUID applicationId) {
    return store.lockApplication(conn, applicationId).map(found -> {
      LockedApplication application = found.orElseThrow(() -> ApplicationService.notFound(applicationId));
      if (application.status() != ApplicationStatus.PENDING) {
        throw Failure.conflict("The application was decided already: it is " + application.status().wire() + ".");
      }
      if (!application.windowOpen()) {
        // A pending application always has a window (a check of the table says so).
        throw Failure.conflict("The non-objection window closed at " + application.closesAt().orElseThrow() + ".");
      }
      return application.organizationId();
    });
  }

  /**
   * The event goes to the application's own stream, not the organization's: the applicant is not told of
   * objections while the window is open (it learns the outcome when the window closes), let alone which State
   * objects. The State is in the payload for the Secretariat's notification, the stream's one reader.
   */
  private static Future<Void> record(SqlConnection conn, Participant delegate, EventType action, UUID applicationId,
                                     String organizationId, String reason) {
    return AuditLog.append(conn, delegate.id(), action.name(), "organization", organizationId, reason,
            new JsonObject().put("applicationId", applicationId.toString()).put("state", delegate.organization().id()))
        .compose(v -> Outbox.record(conn, action, "accreditation:" + applicationId, new JsonObject()
            .put("applicationId", applicationId.toString()).put("organizationId", organizationId)
            // for the Secretariat's notification only: this stream is no one's but the notifications'
            .put("stateId", delegate.organization().id())));
  }
}
