package org.plenary.sessions.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.UUID;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.api.SessionEvents;
import org.plenary.sessions.domain.Meeting;

/** The programme of work: scheduling and changing a session's meetings. */
final class MeetingsApi {

  private final SessionsApi.Parts parts;
  private final Clock clock;

  MeetingsApi(SessionsApi.Parts parts, Clock clock) {
    this.parts = parts;
    this.clock = clock;
  }

  void mount(ApiRoutes routes) {
    routes.onCreate("scheduleMeeting", this::schedule, this::scheduled)
        .on("changeMeeting", this::change);
  }

  private void schedule(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Participant actor = Caller.require(rc);
    parts.meetingService().schedule(actor, in.uuid("sessionId"), SessionRequestJson.meeting(in.body()),
            clock.instant())
        .onSuccess(meeting -> Responses.created(rc, created(meeting)))
        .onFailure(rc::fail);
  }

  private Future<Created> scheduled(RoutingContext rc, Made made) {
    Caller.require(rc);
    var payload = made.payload(SessionEvents.MEETING_SCHEDULED);
    return parts.meetings().find(UUID.fromString(payload.getString("sessionId")),
        UUID.fromString(payload.getString("meetingId"))).map(found -> created(found.orElseThrow()));
  }

  private static Created created(Meeting meeting) {
    return new Created("/api/v1/sessions/" + meeting.sessionId() + "/meetings/" + meeting.id(),
        SessionsJson.meeting(meeting));
  }

  private void change(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Participant actor = Caller.require(rc);
    Responses.reply(rc, parts.meetingService().change(actor, in.uuid("sessionId"), in.uuid("meetingId"),
        SessionRequestJson.meeting(in.body()), clock.instant()).map(SessionsJson::meeting));
  }
}
