package org.plenary.live;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.events.EventLog;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Participants;
import org.plenary.sessions.api.SpeakersAccess;

/**
 * {@code /threads/{id}/events} and {@code /me/events} as server-sent events, and {@code /stream-tickets}
 * to authenticate them from a browser's EventSource, which cannot send an Authorization header.
 */
final class EventStreamsApi implements ApiModule {

  private static final long HEARTBEAT_MS = 15_000;

  private final Vertx vertx;
  private final Pool pool;
  private final ForumAccess forum;
  private final SpeakersAccess speakers;
  private final Participants participants;
  private final StreamTickets tickets;
  private final LiveHub hub;

  EventStreamsApi(Vertx vertx, Pool pool, ForumAccess forum, SpeakersAccess speakers, Participants participants,
                  LiveHub hub) {
    this.vertx = vertx;
    this.pool = pool;
    this.forum = forum;
    this.speakers = speakers;
    this.participants = participants;
    this.tickets = new StreamTickets(pool);
    this.hub = hub;
  }

  @Override
  public String openApiFragment() {
    return "openapi/live.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("issueStreamTicket", this::issueTicket)
        .on("followThread", this::followThread)
        .on("followSession", this::followSession)
        .on("followMyEvents", this::followMyEvents);
  }

  private void issueTicket(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    tickets.issue(caller.id())
        .onSuccess(ticket -> Responses.json(rc, 201, new JsonObject().put("ticket", ticket.value())
            .put("expiresAt", ticket.expiresAt().toString())))
        .onFailure(rc::fail);
  }

  private void followThread(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    UUID threadId = in.uuid("threadId");
    Optional<Long> resume = resumePosition(rc, in);
    reader(rc, in)
        .compose(reader -> forum.readableThread(threadId, reader).map(readable -> reader))
        .onSuccess(reader -> open(rc, reader, List.of("thread:" + threadId), resume))
        .onFailure(rc::fail);
  }

  /** A session's speakers lists and floor as they move, for those who attend it. */
  private void followSession(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    UUID sessionId = in.uuid("sessionId");
    Optional<Long> resume = resumePosition(rc, in);
    reader(rc, in)
        .compose(reader -> speakers.attendance(sessionId, List.of(reader)).map(attends -> {
          if (attends.isEmpty()) {
            throw Failure.notFound("session-not-found", "No such session", "There is no session " + sessionId + ".");
          }
          if (!attends.get().get(0)) {
            throw reader.isEmpty()
                ? Failure.unauthenticated("session-audience", "Sign in",
                    "A session's stream is followed by those who attend it: sign in (or bring a stream ticket).")
                : Failure.forbidden("session-audience", "Not in the session's audience",
                    "A session's stream is followed by those who attend it.");
          }
          return reader;
        }))
        .onSuccess(reader -> open(rc, reader, List.of("session:" + sessionId), resume))
        .onFailure(rc::fail);
  }

  private void followMyEvents(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Optional<Long> resume = resumePosition(rc, in);
    reader(rc, in)
        .map(reader -> reader.orElseThrow(() -> Failure.unauthenticated(
            "Your events need a bearer token or a ticket from POST /api/v1/stream-tickets.")))
        .onSuccess(me -> open(rc, Optional.of(me), List.of("participant:" + me.id()), resume))
        .onFailure(rc::fail);
  }

  /** The ticket's participant if {@code ?ticket=} is given, else whoever the bearer token says, if anyone. */
  private Future<Optional<Participant>> reader(RoutingContext rc, RequestInput in) {
    Optional<String> ticket = in.query("ticket");
    if (ticket.isEmpty()) {
      return Future.succeededFuture(Caller.of(rc));
    }
    return tickets.redeem(ticket.get())
        .compose(owner -> owner.isEmpty() ? Future.succeededFuture(Optional.<Participant>empty())
            : participants.find(owner.get()))
        .map(found -> Optional.of(found.orElseThrow(() -> Failure.unauthenticated("The stream ticket is unknown,"
            + " expired or already used; get a new one from POST /api/v1/stream-tickets."))));
  }

  /** Last-Event-ID as the header EventSource sends on reconnecting, or as {@code ?lastEventId=} for a new EventSource. */
  private static Optional<Long> resumePosition(RoutingContext rc, RequestInput in) {
    String value = Optional.ofNullable(rc.request().getHeader("Last-Event-ID")).or(() -> in.query("lastEventId"))
        .orElse(null);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      long position = Long.parseLong(value.trim());
      if (position < 0) {
        throw new NumberFormatException();
      }
      return Optional.of(position);
    } catch (NumberFormatException e) {
      throw Failure.invalid("Last-Event-ID must be the id of an event this stream sent, not '" + value + "'.");
    }
  }

  private void open(RoutingContext rc, Optional<Participant> reader, List<String> streams, Optional<Long> resume) {
    Future<Long> after = resume.map(Future::succeededFuture).orElseGet(() -> EventLog.latest(pool));
    after.onSuccess(position -> {
      HttpServerResponse response = rc.response().setStatusCode(200).setChunked(true)
          .putHeader("Content-Type", "text/event-stream; charset=utf-8")
          .putHeader("Cache-Control", "no-store")
          .putHeader("Content-Encoding", "identity")
          .putHeader("X-Accel-Buffering", "no");
      // The stream names where it starts, so a client that loses it before any event can still resume with
      // Last-Event-ID and miss nothing written meanwhile.
      response.write("retry: 3000\n: following " + String.join(", ", streams) + "\n\n"
          + "id: " + position + "\nevent: stream.opened\ndata: {\"position\":\"" + position + "\"}\n\n");
      Subscriber subscriber = new Subscriber(vertx.getOrCreateContext(), response, rc.request().connection(), reader,
          streams, position);
      long heartbeat = vertx.setPeriodic(HEARTBEAT_MS, id -> subscriber.comment("heartbeat"));
      subscriber.onClose(() -> vertx.cancelTimer(heartbeat));
      hub.start(subscriber);
    }).onFailure(rc::fail);
  }
}
