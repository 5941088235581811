package org.plenary.sessions.store;

import static org.plenary.platform.database.Columns.instant;
import static org.plenary.platform.database.Columns.optionalInstant;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.plenary.platform.wire.WireEnum;
import org.plenary.sessions.api.SessionAudience;
import org.plenary.sessions.api.SessionKind;
import org.plenary.sessions.api.SessionStatus;
import org.plenary.sessions.domain.AgendaItem;
import org.plenary.sessions.domain.AgendaStatus;
import org.plenary.sessions.domain.AgendaVersion;
import org.plenary.sessions.domain.Meeting;
import org.plenary.sessions.domain.Session;

/** Rows of the sessions queries as domain records, and the agenda snapshot a version keeps. */
final class Rows {

  private Rows() {
  }

  static <T> List<T> all(RowSet<Row> rows, Function<Row, T> mapper) {
    List<T> items = new ArrayList<>(rows.size());
    rows.forEach(row -> items.add(mapper.apply(row)));
    return items;
  }

  static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> mapper) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(mapper.apply(rows.iterator().next()));
  }

  static Session session(Row row) {
    return new Session(row.getUUID("id"), WireEnum.parse(SessionKind.class, row.getString("kind")),
        row.getString("title"), row.getInteger("number"), row.getLocalDate("opens_on"), row.getLocalDate("closes_on"),
        Optional.ofNullable(row.getString("venue")), ZoneId.of(row.getString("time_zone")),
        WireEnum.parse(SessionStatus.class, row.getString("status")),
        WireEnum.parse(SessionAudience.class, row.getString("audience")), optionalInstant(row, "deadline"),
        row.getInteger("revision"), instant(row, "created_at"), instant(row, "updated_at"));
  }

  /** The calendar keys of a listed session, for the next page's cursor. */
  static SessionStore.Listed listed(Row row) {
    return new SessionStore.Listed(session(row), row.getInteger("list_rank"), row.getInteger("list_day"));
  }

  static Meeting meeting(Row row) {
    return new Meeting(row.getUUID("id"), row.getUUID("session_id"), row.getString("title"), instant(row, "starts_at"),
        instant(row, "ends_at"), ZoneId.of(row.getString("time_zone")),
        Arrays.asList(row.getArrayOfUUIDs("agenda_items")), row.getInteger("revision"), instant(row, "created_at"),
        instant(row, "updated_at"));
  }

  static AgendaItem item(Row row) {
    return new AgendaItem(row.getUUID("id"), Optional.ofNullable(row.getUUID("parent_id")), row.getInteger("position"),
        row.getString("number"), row.getString("title"), Arrays.asList(row.getArrayOfStrings("topics")),
        Arrays.asList(row.getArrayOfUUIDs("threads")), Arrays.asList(row.getArrayOfUUIDs("drafts")));
  }

  static AgendaVersion version(Row row) {
    List<AgendaItem> items = new ArrayList<>();
    JsonArray snapshot = (JsonArray) row.getValue("items");
    for (int i = 0; i < snapshot.size(); i++) {
      items.add(snapshotItem(snapshot.getJsonObject(i), i));
    }
    return new AgendaVersion(row.getUUID("id"), row.getUUID("session_id"), row.getInteger("version"),
        WireEnum.parse(AgendaStatus.class, row.getString("status")), Optional.ofNullable(row.getString("reason")),
        List.copyOf(items), row.getUUID("created_by"), instant(row, "created_at"));
  }

  /** The items as a version keeps them. */
  static JsonArray snapshot(List<AgendaItem> items) {
    JsonArray snapshot = new JsonArray();
    for (AgendaItem item : items) {
      JsonObject json = new JsonObject().put("id", item.id().toString()).put("number", item.number())
          .put("title", item.title()).put("topics", new JsonArray(item.topics()))
          .put("threads", strings(item.threads())).put("drafts", strings(item.drafts()));
      item.parentId().ifPresent(parent -> json.put("parentId", parent.toString()));
      snapshot.add(json);
    }
    return snapshot;
  }

  private static AgendaItem snapshotItem(JsonObject json, int position) {
    return new AgendaItem(UUID.fromString(json.getString("id")),
        Optional.ofNullable(json.getString("parentId")).map(UUID::fromString), position, json.getString("number"),
        json.getString("title"), json.getJsonArray("topics").stream().map(String::valueOf).toList(),
        uuids(json.getJsonArray("threads")), uuids(json.getJsonArray("drafts")));
  }

  private static JsonArray strings(List<UUID> ids) {
    return new JsonArray(ids.stream().map(UUID::toString).toList());
  }

  private static List<UUID> uuids(JsonArray ids) {
    return ids.stream().map(id -> UUID.fromString((String) id)).toList();
  }
}
