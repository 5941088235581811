package org.plenary.sessions.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.wire.WireEnum;
import org.plenary.sessions.api.SessionEvents;
import org.plenary.sessions.api.SessionStatus;
import org.plenary.sessions.domain.Session;
import org.plenary.sessions.service.SessionRules;
import org.plenary.sessions.store.SessionStore;

/** The sessions themselves: the calendar list, one session with its programme, scheduling, edits and status. */
final class CalendarApi {

  private static final int DEFAULT_PAGE = 25;

  private final SessionsApi.Parts parts;
  private final Clock clock;

  CalendarApi(SessionsApi.Parts parts, Clock clock) {
    this.parts = parts;
    this.clock = clock;
  }

  void mount(ApiRoutes routes) {
    routes.on("listSessions", this::list)
        .onCreate("scheduleSession", this::schedule, this::scheduled)
        .on("getSession", this::get)
        .on("changeSession", this::change)
        .on("changeSessionStatus", this::changeStatus);
  }

  private void list(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Optional<Participant> reader = Caller.of(rc);
    SessionStore.After after = in.query("cursor").map(CalendarApi::after).orElse(SessionStore.After.START);
    int limit = in.limit(DEFAULT_PAGE);
    Responses.reply(rc, parts.sessions().list(in.query("status").orElse(null), in.query("kind").orElse(null), after,
        limit + 1).map(listed -> {
          JsonArray items = new JsonArray();
          listed.stream().limit(limit).forEach(l -> items.add(SessionsJson.session(l.session(), reader)));
          String next = null;
          if (listed.size() > limit) {
            SessionStore.Listed last = listed.get(limit - 1);
            next = Cursor.encode(last.rank(), last.day(), last.session().id().toString());
          }
          return Responses.page(items, next);
        }));
  }

  private static SessionStore.After after(String cursor) {
    Cursor.Keys keys = Cursor.decode(cursor, Cursor.Key.INTEGER, Cursor.Key.INTEGER, Cursor.Key.UUID);
    return new SessionStore.After(keys.integer(0), keys.integer(1), keys.uuid(2));
  }

  private void schedule(RoutingContext rc) {
    Participant actor = Caller.require(rc);
    parts.sessionService().schedule(actor, SessionRequestJson.schedule(RequestInput.of(rc).body()), clock.instant())
        .compose(id -> created(id, Optional.of(actor)))
        .onSuccess(created -> Responses.created(rc, created))
        .onFailure(rc::fail);
  }

  /** A session whose first answer was lost. */
  private Future<Created> scheduled(RoutingContext rc, Made made) {
    Participant actor = Caller.require(rc);
    UUID id = UUID.fromString(made.payload(SessionEvents.SESSION_SCHEDULED).getString("sessionId"));
    return created(id, Optional.of(actor));
  }

  private Future<Created> created(UUID id, Optional<Participant> reader) {
    return parts.sessions().find(id).map(found -> new Created("/api/v1/sessions/" + id,
        SessionsJson.session(found.orElseThrow(), reader)));
  }

  private void get(RoutingContext rc) {
    UUID id = RequestInput.of(rc).uuid("sessionId");
    Responses.reply(rc, parts.sessions().find(id).compose(found -> shown(
        found.orElseThrow(() -> Failure.notFound("There is no session " + id + ".")), Caller.of(rc))));
  }

  /** The session with its agenda and programme of work, where the reader sees them. */
  private Future<JsonObject> shown(Session session, Optional<Participant> reader) {
    JsonObject json = SessionsJson.session(session, reader);
    if (!SessionRules.seesProgramme(session, reader)) {
      return Future.succeededFuture(json);
    }
    return parts.agendas().latest(session.id()).compose(agenda -> parts.meetings().ofSession(session.id())
        .map(meetings -> {
          agenda.ifPresent(a -> json.put("agenda", SessionsJson.agenda(a)));
          return json.put("meetings", SessionsJson.meetings(meetings));
        }));
  }

  private void change(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Participant actor = Caller.require(rc);
    Responses.reply(rc, parts.sessionService().edit(actor, in.uuid("sessionId"), SessionRequestJson.edit(in.body()),
        clock.instant()).compose(session -> shown(session, Optional.of(actor))));
  }

  private void changeStatus(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Participant actor = Caller.require(rc);
    JsonObject body = in.body();
    SessionStatus target = WireEnum.parse(SessionStatus.class, body.getString("status"));
    Responses.reply(rc, parts.sessionService().changeStatus(actor, in.uuid("sessionId"), target,
        body.getString("reason"), clock.instant()).compose(session -> shown(session, Optional.of(actor))));
  }
}
