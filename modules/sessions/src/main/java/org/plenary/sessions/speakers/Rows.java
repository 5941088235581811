package org.plenary.sessions.speakers;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.organizations.RegionalGroup;
import org.plenary.platform.wire.WireEnum;

/** Rows of speakers lists into records. */
final class Rows {

  private Rows() {
  }

  static <T> List<T> all(RowSet<Row> rows, Function<Row, T> map) {
    List<T> all = new ArrayList<>(rows.size());
    rows.forEach(row -> all.add(map.apply(row)));
    return all;
  }

  static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> map) {
    var it = rows.iterator();
    return it.hasNext() ? Optional.of(map.apply(it.next())) : Optional.empty();
  }

  static SpeakingGroup group(Row row) {
    return new SpeakingGroup(row.getString("id"), row.getString("name"),
        Optional.ofNullable(row.getString("regional_group")).map(RegionalGroup::fromWire),
        Optional.ofNullable(row.getString("speaker_id")));
  }

  static SpeakersStore.ListHead head(Row row) {
    return new SpeakersStore.ListHead(row.getUUID("id"), row.getUUID("session_id"), row.getUUID("agenda_item_id"),
        Optional.ofNullable(row.getUUID("meeting_id")),
        new TimeLimits(row.getInteger("national_seconds"), row.getInteger("group_seconds"),
            row.getInteger("first_reply_seconds"), row.getInteger("second_reply_seconds")),
        row.getLong("version"));
  }

  static SpeakerEntry entry(Row row) {
    Optional<SpeakingGroup> group = Optional.ofNullable(row.getString("on_behalf_of"))
        .map(id -> new SpeakingGroup(id, row.getString("group_name"),
            Optional.ofNullable(row.getString("group_region")).map(RegionalGroup::fromWire),
            Optional.ofNullable(row.getString("group_speaker"))));
    Integer movedTo = row.getInteger("moved_to");
    Optional<Move> move = movedTo == null ? Optional.empty() : Optional.of(new Move(movedTo,
        row.getString("move_reason"), row.getOffsetDateTime("moved_at").toInstant()));
    return new SpeakerEntry(row.getUUID("id"), row.getUUID("list_id"),
        new Speaker(row.getString("organization_id"), row.getString("organization_name"),
            OrganizationKind.fromWire(row.getString("organization_kind"))),
        group, WireEnum.parse(SpeakerCategory.class, row.getString("category")),
        WireEnum.parse(EntryKind.class, row.getString("kind")), row.getInteger("reply_number"),
        row.getLong("sequence"), row.getOffsetDateTime("inscribed_at").toInstant(),
        WireEnum.parse(EntryStatus.class, row.getString("status")), move);
  }
}
