package org.plenary.radar.store;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.organizations.RegionalGroup;
import org.plenary.platform.wire.WireEnum;
import org.plenary.radar.domain.Assessment;
import org.plenary.radar.domain.Horizon;
import org.plenary.radar.domain.Rating;
import org.plenary.radar.domain.Round;
import org.plenary.radar.domain.Signal;
import org.plenary.radar.domain.SignalCategory;

/** Rows of the radar's queries as domain records. */
final class Rows {

  private Rows() {
  }

  static <T> List<T> all(RowSet<Row> rows, Function<Row, T> mapper) {
    List<T> out = new ArrayList<>();
    rows.forEach(row -> out.add(mapper.apply(row)));
    return out;
  }

  static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> mapper) {
    var it = rows.iterator();
    return it.hasNext() ? Optional.of(mapper.apply(it.next())) : Optional.empty();
  }

  static Signal signal(Row row) {
    return new Signal(row.getUUID("id"), row.getString("title"), row.getString("description"),
        WireEnum.parse(SignalCategory.class, row.getString("category")), strings(row, "norms"),
        WireEnum.parse(Horizon.class, row.getString("horizon")), strings(row, "sources"),
        Optional.ofNullable(row.getUUID("thread_id")), row.getString("organization_id"),
        row.getString("organization_name"), instant(row, "proposed_at"),
        Optional.ofNullable(row.getUUID("merged_into")), Optional.ofNullable(instant(row, "merged_at")),
        Arrays.asList(row.getArrayOfUUIDs("merged_from")));
  }

  static Round round(Row row) {
    return new Round(row.getUUID("id"), row.getString("title"), instant(row, "opened_at"),
        Optional.ofNullable(instant(row, "closed_at")));
  }

  static Assessment assessment(Row row) {
    return new Assessment(row.getUUID("round_id"), row.getUUID("signal_id"), row.getString("organization_id"),
        row.getInteger("likelihood"), row.getInteger("impact"), instant(row, "rated_at"));
  }

  static Rating rating(Row row) {
    return new Rating(row.getUUID("survivor"), row.getString("organization_id"),
        OrganizationKind.fromWire(row.getString("organization_kind")),
        Optional.ofNullable(row.getString("regional_group")).map(RegionalGroup::fromWire),
        row.getInteger("likelihood"), row.getInteger("impact"), row.getBoolean("on_survivor"));
  }

  private static List<String> strings(Row row, String column) {
    return List.of(row.getArrayOfStrings(column));
  }

  private static Instant instant(Row row, String column) {
    OffsetDateTime at = row.getOffsetDateTime(column);
    return at == null ? null : at.toInstant();
  }
}
