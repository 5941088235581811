package org.plenary.sessions.http;

import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.UUID;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.domain.AgendaVersion;
import org.plenary.sessions.service.SessionRules;

/** A session's agenda: setting it whole, adopting it at the opening, and its versions. */
final class AgendaApi {

  private static final int DEFAULT_PAGE = 20;

  private final SessionsApi.Parts parts;
  private final Clock clock;

  AgendaApi(SessionsApi.Parts parts, Clock clock) {
    this.parts = parts;
    this.clock = clock;
  }

  void mount(ApiRoutes routes) {
    routes.on("setSessionAgenda", this::set)
        .on("adoptSessionAgenda", this::adopt)
        .on("listAgendaVersions", this::versions);
  }

  private void set(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Participant actor = Caller.require(rc);
    Responses.reply(rc, parts.agendaService().set(actor, in.uuid("sessionId"), SessionRequestJson.agenda(in.body()),
        clock.instant()).map(SessionsJson::agenda));
  }

  private void adopt(RoutingContext rc) {
    Participant actor = Caller.require(rc);
    Responses.reply(rc, parts.agendaService().adopt(actor, RequestInput.of(rc).uuid("sessionId"), clock.instant())
        .map(SessionsJson::agenda));
  }

  private void versions(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    UUID id = in.uuid("sessionId");
    int limit = in.limit(DEFAULT_PAGE);
    Integer before = in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.INTEGER).integer(0)).orElse(null);
    Responses.reply(rc, parts.sessions().find(id).compose(found -> {
      SessionRules.requireSeesProgramme(found.orElseThrow(() -> Failure.notFound("There is no session " + id + ".")),
          Caller.of(rc));
      return parts.agendas().versions(id, before, limit + 1);
    }).map(versions -> {
      JsonArray items = new JsonArray();
      versions.stream().limit(limit).forEach(v -> items.add(SessionsJson.agenda(v)));
      AgendaVersion last = versions.size() > limit ? versions.get(limit - 1) : null;
      return Responses.page(items, last == null ? null : Cursor.encode(last.version()));
    }));
  }
}
