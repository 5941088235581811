package org.plenary.documents.registry;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.plenary.platform.text.DocumentSymbol;
import org.plenary.platform.wire.WireEnum;

/** The registry's rows as records. */
final class Rows {

  private Rows() {
  }

  static <T> List<T> all(RowSet<Row> rows, Function<Row, T> mapper) {
    List<T> all = new ArrayList<>(rows.size());
    rows.forEach(row -> all.add(mapper.apply(row)));
    return all;
  }

  /** A document, given its language versions by document id. */
  static Document document(Row row, Map<UUID, List<LanguageVersion>> languages) {
    UUID id = row.getUUID("id");
    Optional<Document.Related> predecessor = Optional.ofNullable(row.getUUID("predecessor_id"))
        .map(pred -> new Document.Related(pred, row.getString("predecessor_symbol"), row.getString("relation")));
    Optional<Document.IssuedDraft> draft = Optional.ofNullable(row.getUUID("draft_thread_id"))
        .map(thread -> new Document.IssuedDraft(thread, row.getInteger("draft_version")));
    return new Document(id, DocumentSymbol.parse(row.getString("symbol")), row.getString("title"),
        row.getLocalDate("issued_on"), WireEnum.parse(Distribution.class, row.getString("distribution")),
        Optional.ofNullable(row.getUUID("session_id")), Arrays.asList(row.getArrayOfUUIDs("agenda_item_ids")),
        predecessor, draft, languages.getOrDefault(id, List.of()), row.getOffsetDateTime("issued_at").toInstant());
  }

  static LanguageVersion languageVersion(Row row) {
    return new LanguageVersion(row.getString("language"), row.getBoolean("original"),
        row.getBoolean("advance_unedited"), row.getUUID("file_id"), row.getOffsetDateTime("added_at").toInstant());
  }

  static FamilyMember familyMember(Row row) {
    return new FamilyMember(row.getUUID("id"), row.getString("symbol"), Optional.ofNullable(row.getString("relation")),
        Optional.ofNullable(row.getUUID("predecessor_id")));
  }
}
