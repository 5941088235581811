package org.plenary.sessions.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.wire.WireEnum;
import org.plenary.sessions.api.SessionAudience;
import org.plenary.sessions.api.SessionKind;
import org.plenary.sessions.service.AgendaDraft;
import org.plenary.sessions.service.EditSession;
import org.plenary.sessions.service.PlanMeeting;
import org.plenary.sessions.service.ScheduleSession;

/** Request bodies (already checked against the contract's schemas) as the services' commands. */
final class SessionRequestJson {

  private SessionRequestJson() {
  }

  static ScheduleSession schedule(JsonObject body) {
    return new ScheduleSession(WireEnum.parse(SessionKind.class, body.getString("kind")), body.getString("title").strip(),
        body.getInteger("number"), date(body, "opensOn"), date(body, "closesOn"),
        Optional.ofNullable(body.getString("venue")).map(String::strip).filter(v -> !v.isEmpty()),
        zone(body, "timeZone"), WireEnum.parse(SessionAudience.class, body.getString("audience")),
        Optional.ofNullable(body.getString("deadline")).map(d -> instant(d, "deadline")));
  }

  /** A change: each field given replaces; {@code venue: null} makes it virtual, {@code deadline: null} removes it. */
  static EditSession edit(JsonObject body) {
    return new EditSession(Optional.ofNullable(body.getString("title")).map(String::strip),
        Optional.ofNullable(body.getInteger("number")),
        body.containsKey("opensOn") ? Optional.of(date(body, "opensOn")) : Optional.empty(),
        body.containsKey("closesOn") ? Optional.of(date(body, "closesOn")) : Optional.empty(),
        Optional.ofNullable(body.getString("venue")).map(String::strip),
        body.containsKey("venue") && body.getValue("venue") == null,
        body.containsKey("timeZone") ? Optional.of(zone(body, "timeZone")) : Optional.empty(),
        Optional.ofNullable(body.getString("audience")).map(a -> WireEnum.parse(SessionAudience.class, a)),
        Optional.ofNullable(body.getString("deadline")).map(d -> instant(d, "deadline")),
        body.containsKey("deadline") && body.getValue("deadline") == null,
        Optional.ofNullable(body.getString("reason")).map(String::strip));
  }

  static PlanMeeting meeting(JsonObject body) {
    return new PlanMeeting(body.getString("title").strip(), date(body, "date"), time(body, "start"), time(body, "end"),
        body.containsKey("timeZone") ? Optional.of(zone(body, "timeZone")) : Optional.empty(),
        body.getJsonArray("agendaItems", new JsonArray()).stream().map(v -> uuid((String) v, "agendaItems"))
            .distinct().toList());
  }

  private static LocalTime time(JsonObject body, String field) {
    try {
      return LocalTime.parse(body.getString(field));
    } catch (DateTimeParseException e) {
      throw Failure.invalidAt("request body", "#/" + field, "must be a time of day, HH:MM");
    }
  }

  static AgendaDraft agenda(JsonObject body) {
    JsonArray items = body.getJsonArray("items");
    return new AgendaDraft(items.stream().map(item -> item((JsonObject) item, true)).toList(),
        Optional.ofNullable(body.getString("reason")).map(String::strip).filter(r -> !r.isEmpty()));
  }

  private static AgendaDraft.Item item(JsonObject json, boolean mayHaveSubItems) {
    JsonArray subs = json.getJsonArray("subItems", new JsonArray());
    return new AgendaDraft.Item(Optional.ofNullable(json.getString("id")).map(id -> uuid(id, "items/id")),
        json.getString("title").strip(), strings(json.getJsonArray("topics")), uuids(json.getJsonArray("threads")),
        uuids(json.getJsonArray("drafts")),
        mayHaveSubItems ? subs.stream().map(sub -> item((JsonObject) sub, false)).toList() : List.of());
  }

  private static List<String> strings(JsonArray values) {
    return values == null ? List.of() : values.stream().map(String::valueOf).distinct().toList();
  }

  private static List<UUID> uuids(JsonArray values) {
    return values == null ? List.of() : values.stream().map(v -> uuid((String) v, "threads")).distinct().toList();
  }

  private static UUID uuid(String value, String field) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw Failure.invalid("invalid-request", "The request is not valid",
          "The field " + field + " must hold UUIDs, not '" + value + "'.");
    }
  }

  private static LocalDate date(JsonObject body, String field) {
    try {
      return LocalDate.parse(body.getString(field));
    } catch (DateTimeParseException e) {
      throw Failure.invalidAt("request body", "#/" + field, "must be a date (YYYY-MM-DD) of the calendar");
    }
  }

  static ZoneId zone(JsonObject body, String field) {
    String zone = body.getString(field);
    try {
      if (!zone.contains("/") && !"UTC".equals(zone)) {
        throw new DateTimeException("not a region");
      }
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw Failure.invalidAt("request body", "#/" + field,
          "must be an IANA time zone such as America/New_York or Europe/Zurich ('" + zone + "' is not)");
    }
  }

  static Instant instant(String value, String field) {
    try {
      return java.time.OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw Failure.invalidAt("request body", "#/" + field, "must be a date and time with its offset (RFC 3339)");
    }
  }
}
