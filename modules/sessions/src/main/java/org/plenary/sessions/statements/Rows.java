package org.plenary.sessions.statements;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.files.FileType;
import org.plenary.platform.files.StoredFile;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.organizations.RegionalGroup;
import org.plenary.platform.wire.WireEnum;
import org.plenary.sessions.speakers.Speaker;
import org.plenary.sessions.speakers.SpeakingGroup;

/** Rows of statements into records. */
final class Rows {

  private Rows() {
  }

  static List<Statement> all(RowSet<Row> rows) {
    List<Statement> all = new ArrayList<>(rows.size());
    rows.forEach(row -> all.add(statement(row)));
    return all;
  }

  static Statement statement(Row row) {
    Optional<SpeakingGroup> group = Optional.ofNullable(row.getString("on_behalf_of"))
        .map(id -> new SpeakingGroup(id, row.getString("group_name"),
            Optional.ofNullable(row.getString("group_region")).map(RegionalGroup::fromWire),
            Optional.ofNullable(row.getString("group_speaker"))));
    return new Statement(row.getUUID("id"), row.getUUID("entry_id"), row.getUUID("session_id"),
        row.getUUID("agenda_item_id"), new Speaker(row.getString("organization_id"),
            row.getString("organization_name"), OrganizationKind.fromWire(row.getString("organization_kind"))),
        group, WireEnum.parse(StatementLanguage.class, row.getString("language")),
        row.getBoolean("check_against_delivery"), row.getString("body"),
        file(row), row.getOffsetDateTime("posted_at").toInstant());
  }

  private static Optional<StoredFile> file(Row row) {
    UUID id = row.getUUID("file_id");
    if (id == null) {
      return Optional.empty();
    }
    String column = row.getString("file_type");
    FileType type = Arrays.stream(FileType.values()).filter(t -> t.extension().equals(column)).findFirst()
        .orElseThrow();
    return Optional.of(new StoredFile(id, row.getString("file_name"), type, row.getLong("file_size"),
        row.getString("file_sha256"), row.getOffsetDateTime("file_stored_at").toInstant()));
  }
}
