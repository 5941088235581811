package org.plenary.sessions.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.domain.AgendaItem;
import org.plenary.sessions.domain.Session;
import org.plenary.sessions.service.SessionRules;
import org.plenary.sessions.store.SessionStore;

/**
 * The .ics feeds: one of every session (each an all-day event), one per session (the session and its meetings).
 * Meetings are in a feed where their reader sees the programme of work (public for sessions open to stakeholders).
 */
final class FeedsApi {

  /** The calendar of all sessions holds at most this many, in calendar order (next sessions first). */
  private static final int FEED_SESSIONS = 500;

  private final SessionsApi.Parts parts;

  FeedsApi(SessionsApi.Parts parts) {
    this.parts = parts;
  }

  void mount(ApiRoutes routes) {
    routes.on("getSessionsCalendar", this::all)
        .on("getSessionCalendar", this::one);
  }

  private void all(RoutingContext rc) {
    parts.sessions().list(null, null, SessionStore.After.START, FEED_SESSIONS)
        .map(listed -> {
          IcsCalendar ics = new IcsCalendar("Sessions of the Global Mechanism");
          listed.forEach(l -> ics.session(l.session()));
          return ics.end();
        })
        .onSuccess(body -> send(rc, "sessions.ics", body))
        .onFailure(rc::fail);
  }

  private void one(RoutingContext rc) {
    UUID id = RequestInput.of(rc).uuid("sessionId");
    Optional<Participant> reader = Caller.of(rc);
    parts.sessions().find(id)
        .map(found -> found.orElseThrow(() -> Failure.notFound("There is no session " + id + ".")))
        .compose(session -> feed(session, reader))
        .onSuccess(body -> send(rc, "session-" + id + ".ics", body))
        .onFailure(rc::fail);
  }

  private Future<String> feed(Session session, Optional<Participant> reader) {
    IcsCalendar ics = new IcsCalendar(session.title()).session(session);
    if (!SessionRules.seesProgramme(session, reader)) {
      return Future.succeededFuture(ics.end());
    }
    return parts.agendas().currentItems(session.id()).compose(items -> parts.meetings().ofSession(session.id())
        .map(meetings -> {
          Map<UUID, AgendaItem> byId = items.stream().collect(Collectors.toMap(AgendaItem::id, Function.identity()));
          return ics.meetings(session, meetings, byId).end();
        }));
  }

  private static void send(RoutingContext rc, String filename, String body) {
    rc.response().putHeader("Content-Type", "text/calendar; charset=utf-8")
        .putHeader("Content-Disposition", "inline; filename=\"" + filename + "\"")
        .putHeader("Cache-Control", "no-cache").end(body);
  }
}
