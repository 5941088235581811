package org.plenary.sessions.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.EventType;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.api.SessionEvents;
import org.plenary.sessions.domain.AgendaItem;
import org.plenary.sessions.domain.Meeting;
import org.plenary.sessions.domain.Session;
import org.plenary.sessions.store.AgendaStore;
import org.plenary.sessions.store.MeetingStore;
import org.plenary.sessions.store.SessionStore;

/** The programme of work: meetings announced in the venue's time, each taking up items of the current agenda. */
public final class MeetingService {

  private final Pool pool;
  private final SessionStore sessions;
  private final AgendaStore agendas;
  private final MeetingStore meetings;

  public MeetingService(Pool pool, SessionStore sessions, AgendaStore agendas, MeetingStore meetings) {
    this.pool = pool;
    this.sessions = sessions;
    this.agendas = agendas;
    this.meetings = meetings;
  }

  public Future<Meeting> schedule(Participant actor, UUID sessionId, PlanMeeting plan, Instant at) {
    SessionRules.mayRun(actor, "schedule meetings");
    return pool.withTransaction(conn -> checked(conn, sessionId, plan).compose(session -> {
      Meeting meeting = meeting(UUID.randomUUID(), session, plan, 0, at, at);
      return meetings.insert(conn, meeting)
          .compose(v -> record(conn, actor, SessionEvents.MEETING_SCHEDULED, meeting))
          .map(meeting);
    }));
  }

  public Future<Meeting> change(Participant actor, UUID sessionId, UUID meetingId, PlanMeeting plan, Instant at) {
    SessionRules.mayRun(actor, "change meetings");
    return pool.withTransaction(conn -> checked(conn, sessionId, plan)
        .compose(session -> meetings.lock(conn, sessionId, meetingId).compose(found -> {
          Meeting current = found.orElseThrow(() -> Failure.notFound("Session " + sessionId + " has no meeting "
              + meetingId + "."));
          Meeting changed = meeting(meetingId, session, plan, current.revision() + 1, current.createdAt(), at);
          return meetings.update(conn, changed)
              .compose(v -> record(conn, actor, SessionEvents.MEETING_UPDATED, changed))
              .map(changed);
        })));
  }

  /** The session, open, with the meeting's day in its dates and every item it takes up on its current agenda. */
  private Future<Session> checked(SqlConnection conn, UUID sessionId, PlanMeeting plan) {
    return sessions.lock(conn, sessionId).map(found -> found.orElseThrow(() -> AgendaService.notFound(sessionId)))
        .compose(session -> {
          SessionRules.requireOpen(session, "programme of work");
          if (plan.date().isBefore(session.opensOn()) || plan.date().isAfter(session.closesOn())) {
            throw Failure.invalidAt("request body", "#/date", "must be a day of the session (" + session.opensOn()
                + " to " + session.closesOn() + ")");
          }
          if (!plan.end().isAfter(plan.start())) {
            throw Failure.invalidAt("request body", "#/end", "must be after the start (" + plan.start() + ")");
          }
          return agendas.currentItems(conn, sessionId).map(items -> {
            Set<UUID> known = items.stream().map(AgendaItem::id).collect(Collectors.toSet());
            plan.agendaItems().stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
              throw Failure.unprocessable("unknown-agenda-item", "Unknown agenda item",
                  "The meeting takes up agenda item " + id + ", which is not on the current agenda of session "
                      + sessionId + ".");
            });
            return session;
          });
        });
  }

  private static Meeting meeting(UUID id, Session session, PlanMeeting plan, int revision, Instant createdAt,
                                 Instant at) {
    ZoneId zone = plan.timeZone().orElse(session.timeZone());
    return new Meeting(id, session.id(), plan.title(), plan.date().atTime(plan.start()).atZone(zone).toInstant(),
        plan.date().atTime(plan.end()).atZone(zone).toInstant(), zone, List.copyOf(plan.agendaItems()), revision,
        createdAt, at);
  }

  private static Future<Void> record(SqlConnection conn, Participant actor, EventType type, Meeting meeting) {
    JsonObject payload = new JsonObject().put("sessionId", meeting.sessionId().toString())
        .put("meetingId", meeting.id().toString()).put("startsAt", meeting.startsAt().toString())
        .put("endsAt", meeting.endsAt().toString()).put("timeZone", meeting.timeZone().getId());
    return AuditLog.append(conn, actor.id(), type.name(), "meeting", meeting.id().toString(), null, payload)
        .compose(v -> Outbox.record(conn, type, SessionEvents.stream(meeting.sessionId()), payload));
  }
}
