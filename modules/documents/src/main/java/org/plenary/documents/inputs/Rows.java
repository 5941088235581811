package org.plenary.documents.inputs;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.wire.WireEnum;

/** Written inputs' rows as records. */
final class Rows {

  private Rows() {
  }

  static List<WrittenInput> all(RowSet<Row> rows) {
    List<WrittenInput> all = new ArrayList<>(rows.size());
    rows.forEach(row -> all.add(input(row)));
    return all;
  }

  static Optional<WrittenInput> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(input(rows.iterator().next()));
  }

  static WrittenInput input(Row row) {
    return new WrittenInput(row.getUUID("id"), row.getUUID("session_id"), Optional.ofNullable(row.getUUID("agenda_item_id")),
        new WrittenInput.Submitter(row.getString("organization_id"), row.getString("organization_name"),
            OrganizationKind.fromWire(row.getString("organization_kind"))),
        row.getUUID("author_id"), row.getString("title"), row.getString("body"), row.getString("language"),
        WireEnum.parse(InputStatus.class, row.getString("status")), Optional.ofNullable(row.getString("return_reason")),
        row.getInteger("submissions"), row.getOffsetDateTime("submitted_at").toInstant(),
        Optional.ofNullable(row.getOffsetDateTime("published_at")).map(at -> at.toInstant()),
        Optional.ofNullable(row.getUUID("file_id")));
  }
}
