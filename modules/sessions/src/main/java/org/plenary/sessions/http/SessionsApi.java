package org.plenary.sessions.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.api.SessionEvents;
import org.plenary.sessions.domain.Session;
import org.plenary.sessions.service.AgendaService;
import org.plenary.sessions.service.SessionRules;
import org.plenary.sessions.service.SessionService;
import org.plenary.sessions.store.AgendaStore;
import org.plenary.sessions.store.SessionStore;

/** {@code /sessions}: the calendar of sessions and their agendas, described by {@code openapi/sessions.yaml}. */
public final class SessionsApi implements ApiModule {

  private static final int DEFAULT_PAGE = 25;

  private final SessionStore sessions;
  private final AgendaStore agendas;
  private final SessionService service;
  private final AgendaService agendaService;
  private final Clock clock;

  public SessionsApi(SessionStore sessions, AgendaStore agendas, SessionService service, AgendaService agendaService,
                     Clock clock) {
    this.sessions = sessions;
    this.agendas = agendas;
    this.service = service;
    this.agendaService = agendaService;
    this.clock = clock;
  }

  @Override
  public String openApiFragment() {
    return "openapi/sessions.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("listSessions", this::list)
        .onCreate("scheduleSession", this::schedule, this::scheduled)
        .on("getSession", this::get)
        .on("setSessionAgenda", this::setAgenda);
  }

  private void list(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Optional<Participant> reader = Caller.of(rc);
    SessionStore.After after = in.query("cursor").map(SessionsApi::after).orElse(SessionStore.After.START);
    int limit = in.limit(DEFAULT_PAGE);
    Responses.reply(rc, sessions.list(in.query("status").orElse(null), in.query("kind").orElse(null), after, limit + 1)
        .map(listed -> {
          var items = new io.vertx.core.json.JsonArray();
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
    service.schedule(actor, SessionRequestJson.schedule(RequestInput.of(rc).body()), clock.instant())
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
    return sessions.find(id).map(found -> new Created("/api/v1/sessions/" + id,
        SessionsJson.session(found.orElseThrow(), reader)));
  }

  private void get(RoutingContext rc) {
    UUID id = RequestInput.of(rc).uuid("sessionId");
    Optional<Participant> reader = Caller.of(rc);
    Responses.reply(rc, sessions.find(id).compose(found -> {
      Session session = found.orElseThrow(() -> Failure.notFound("There is no session " + id + "."));
      var json = SessionsJson.session(session, reader);
      if (!SessionRules.seesProgramme(session, reader)) {
        return Future.succeededFuture(json);
      }
      return agendas.latest(id).map(agenda -> {
        agenda.ifPresent(a -> json.put("agenda", SessionsJson.agenda(a)));
        return json;
      });
    }));
  }

  private void setAgenda(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Participant actor = Caller.require(rc);
    Responses.reply(rc, agendaService.set(actor, in.uuid("sessionId"), SessionRequestJson.agenda(in.body()),
        clock.instant()).map(SessionsJson::agenda));
  }
}
