package org.plenary.sessions.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.UUID;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.EventType;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.api.SessionEvents;
import org.plenary.sessions.api.SessionStatus;
import org.plenary.sessions.domain.Session;
import org.plenary.sessions.store.SessionStore;

/** Putting sessions on the calendar; each write with its audit entry and its event, in one transaction. */
public final class SessionService {

  private final Pool pool;
  private final SessionStore sessions;

  public SessionService(Pool pool, SessionStore sessions) {
    this.pool = pool;
    this.sessions = sessions;
  }

  public Future<UUID> schedule(Participant actor, ScheduleSession s, Instant at) {
    SessionRules.mayRun(actor, "put sessions on the calendar");
    requireDates(s);
    Session session = new Session(UUID.randomUUID(), s.kind(), s.title(), s.number(), s.opensOn(), s.closesOn(),
        s.venue(), s.timeZone(), SessionStatus.PLANNED, s.audience(), s.deadline(), 0, at, at);
    return pool.withTransaction(conn -> sessions.insert(conn, session, actor.id())
        .compose(v -> record(conn, actor, SessionEvents.SESSION_SCHEDULED, session, null))
        .map(session.id()));
  }

  /** Changes the calendar entry; a concluded session no longer changes. */
  public Future<Session> edit(Participant actor, UUID id, EditSession e, Instant at) {
    SessionRules.mayRun(actor, "change sessions");
    return pool.withTransaction(conn -> sessions.lock(conn, id)
        .map(found -> found.orElseThrow(() -> AgendaService.notFound(id)))
        .compose(current -> {
          SessionRules.requireOpen(current, "calendar entry");
          Session changed = new Session(id, current.kind(), e.title().orElse(current.title()),
              e.number().orElse(current.number()), e.opensOn().orElse(current.opensOn()),
              e.closesOn().orElse(current.closesOn()), e.virtual() ? java.util.Optional.empty()
                  : e.venue().or(current::venue), e.timeZone().orElse(current.timeZone()), current.status(),
              e.audience().orElse(current.audience()), e.clearDeadline() ? java.util.Optional.empty()
                  : e.deadline().or(current::deadline), current.revision() + 1, current.createdAt(), at);
          requireDates(changed.opensOn(), changed.closesOn());
          return sessions.update(conn, changed)
              .compose(v -> record(conn, actor, SessionEvents.SESSION_UPDATED, changed, e.reason().orElse(null)))
              .map(changed);
        }));
  }

  /** Moves the session one step forward: planned, in progress, concluded; never back. */
  public Future<Session> changeStatus(Participant actor, UUID id, SessionStatus target, String reason, Instant at) {
    SessionRules.mayRun(actor, "open and conclude sessions");
    return pool.withTransaction(conn -> sessions.lock(conn, id)
        .map(found -> found.orElseThrow(() -> AgendaService.notFound(id)))
        .compose(current -> {
          SessionRules.requireNextStatus(current, target);
          Session changed = new Session(id, current.kind(), current.title(), current.number(), current.opensOn(),
              current.closesOn(), current.venue(), current.timeZone(), target, current.audience(), current.deadline(),
              current.revision() + 1, current.createdAt(), at);
          return sessions.updateStatus(conn, changed)
              .compose(v -> record(conn, actor, SessionEvents.SESSION_STATUS_CHANGED, changed, reason))
              .map(changed);
        }));
  }

  static void requireDates(ScheduleSession s) {
    requireDates(s.opensOn(), s.closesOn());
  }

  static void requireDates(java.time.LocalDate opensOn, java.time.LocalDate closesOn) {
    if (closesOn.isBefore(opensOn)) {
      throw Failure.invalidAt("request body", "#/closesOn", "must not be before opensOn (" + opensOn + ")");
    }
  }

  /** The session's event on its stream and the audit entry of {@code actor}'s decision (its action: the type). */
  static Future<Void> record(SqlConnection conn, Participant actor, EventType type, Session session, String reason) {
    JsonObject payload = new JsonObject().put("sessionId", session.id().toString()).put("kind", session.kind().wire())
        .put("status", session.status().wire()).put("audience", session.audience().wire())
        .put("title", session.title());
    return AuditLog.append(conn, actor.id(), type.name(), "session", session.id().toString(), reason, payload)
        .compose(v -> Outbox.record(conn, type, SessionEvents.stream(session.id()), payload));
  }
}
