package org.plenary.sessions.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.domain.AgendaItem;
import org.plenary.sessions.domain.AgendaVersion;
import org.plenary.sessions.domain.Meeting;
import org.plenary.sessions.domain.Session;
import org.plenary.sessions.service.SessionRules;

/** Sessions and agendas as the API shows them ({@code openapi/sessions.yaml}). */
final class SessionsJson {

  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  private SessionsJson() {
  }

  /** The calendar entry, public for every session, with what the reader may do with it. */
  static JsonObject session(Session s, Optional<Participant> reader) {
    JsonObject json = new JsonObject().put("id", s.id().toString()).put("kind", s.kind().wire())
        .put("title", s.title()).put("number", s.number()).put("opensOn", s.opensOn().toString())
        .put("closesOn", s.closesOn().toString()).put("virtual", s.venue().isEmpty())
        .put("timeZone", s.timeZone().getId()).put("status", s.status().wire()).put("audience", s.audience().wire()).put("sequence", s.revision())
        .put("mayAttend", SessionRules.mayAttend(s.audience(), reader))
        .put("seesProgramme", SessionRules.seesProgramme(s, reader))
        .put("createdAt", s.createdAt().toString()).put("updatedAt", s.updatedAt().toString());
    s.venue().ifPresent(venue -> json.put("venue", venue));
    s.deadline().ifPresent(deadline -> json.put("deadline", deadline.toString()));
    return json;
  }

  /** An agenda version: its items in order, each with its sub-items. */
  static JsonObject agenda(AgendaVersion v) {
    JsonObject json = new JsonObject().put("sessionId", v.sessionId().toString()).put("version", v.version())
        .put("status", v.status().wire()).put("createdAt", v.createdAt().toString()).put("items", items(v.items()));
    v.reason().ifPresent(reason -> json.put("reason", reason));
    return json;
  }

  static JsonArray items(List<AgendaItem> items) {
    JsonArray top = new JsonArray();
    JsonArray subs = null;
    for (AgendaItem item : items) {
      JsonObject json = item(item);
      if (item.isSubItem() && subs != null) {
        subs.add(json);
      } else {
        subs = new JsonArray();
        top.add(json.put("subItems", subs));
      }
    }
    return top;
  }

  private static JsonObject item(AgendaItem item) {
    return new JsonObject().put("id", item.id().toString()).put("number", item.number()).put("title", item.title())
        .put("topics", new JsonArray(item.topics())).put("threads", ids(item.threads()))
        .put("drafts", ids(item.drafts()));
  }

  static JsonArray meetings(List<Meeting> meetings) {
    JsonArray json = new JsonArray();
    meetings.forEach(m -> json.add(meeting(m)));
    return json;
  }

  /** A meeting: its instants in UTC, and its day and times in the zone it was announced in. */
  static JsonObject meeting(Meeting m) {
    ZonedDateTime start = m.startsAt().atZone(m.timeZone());
    ZonedDateTime end = m.endsAt().atZone(m.timeZone());
    return new JsonObject().put("id", m.id().toString()).put("sessionId", m.sessionId().toString())
        .put("title", m.title()).put("startsAt", m.startsAt().toString()).put("endsAt", m.endsAt().toString())
        .put("timeZone", m.timeZone().getId()).put("date", start.toLocalDate().toString())
        .put("start", HOURS.format(start)).put("end", HOURS.format(end)).put("agendaItems", ids(m.agendaItems()))
        .put("sequence", m.revision());
  }

  private static JsonArray ids(List<UUID> ids) {
    return new JsonArray(ids.stream().map(UUID::toString).toList());
  }
}
