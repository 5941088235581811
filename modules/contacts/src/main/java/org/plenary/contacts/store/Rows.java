package org.plenary.contacts.store;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.plenary.contacts.domain.Contact;
import org.plenary.contacts.domain.ContactEntry;
import org.plenary.contacts.domain.ContactKind;
import org.plenary.platform.wire.WireEnum;

/** Rows of the directory as records. */
final class Rows {

  private Rows() {
  }

  static <T> List<T> all(RowSet<Row> rows, Function<Row, T> map) {
    List<T> all = new ArrayList<>();
    rows.forEach(row -> all.add(map.apply(row)));
    return all;
  }

  static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> map) {
    var it = rows.iterator();
    return it.hasNext() ? Optional.of(map.apply(it.next())) : Optional.empty();
  }

  static ContactEntry entry(Row row) {
    Object stored = row.getValue("contacts");
    JsonArray contacts = stored instanceof JsonArray a ? a : new JsonArray();
    return new ContactEntry(row.getString("state_id"), row.getString("state_name"),
        Optional.ofNullable(row.getString("regional_group")), row.getInteger("version"),
        contacts.stream().map(c -> contact((JsonObject) c)).toList(), row.getBoolean("members_may_read"),
        Optional.ofNullable(row.getString("saved_by_name")), Optional.ofNullable(instant(row, "saved_at")));
  }

  static Contact contact(JsonObject json) {
    return new Contact(WireEnum.parse(ContactKind.class, json.getString("kind")), json.getString("name"),
        json.getString("function"), json.getString("email"), json.getString("phone"), json.getString("workingHours"),
        json.getJsonArray("languages", new JsonArray()).stream().map(String::valueOf).toList());
  }

  static JsonArray contacts(List<Contact> contacts) {
    JsonArray array = new JsonArray();
    contacts.forEach(c -> array.add(new JsonObject().put("kind", c.kind().wire()).put("name", c.name())
        .put("function", c.function()).put("email", c.email()).put("phone", c.phone())
        .put("workingHours", c.workingHours()).put("languages", new JsonArray(c.languages()))));
    return array;
  }

  static Instant instant(Row row, String column) {
    OffsetDateTime at = row.getOffsetDateTime(column);
    return at == null ? null : at.toInstant();
  }

  static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}
