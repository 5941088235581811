package org.plenary.translation;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.Optional;
import org.plenary.platform.i18n.Language;

/** The cache of machine translations (table {@code machine_translation}, V140): one per text version and target. */
final class TranslationStore {

  private static final String FIND = "SELECT source_sha256, engine, via, translated_html FROM machine_translation"
      + " WHERE kind = $1 AND subject_id = $2 AND version = $3 AND target_language = $4";
  private static final String KEEP = "INSERT INTO machine_translation (kind, subject_id, version, target_language,"
      + " source_language, source_sha256, engine, via, translated_html) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
      + " ON CONFLICT (kind, subject_id, version, target_language) DO UPDATE SET source_language = excluded.source_language,"
      + " source_sha256 = excluded.source_sha256, engine = excluded.engine, via = excluded.via,"
      + " translated_html = excluded.translated_html, created_at = now()";
  /** An older version's translations will never be asked for again: its text is no longer the text. */
  private static final String FORGET_OLDER = "DELETE FROM machine_translation WHERE kind = $1 AND subject_id = $2"
      + " AND version < $3";

  private final Pool pool;

  TranslationStore(Pool pool) {
    this.pool = pool;
  }

  /** The translation made of exactly this text (same version, same hash), if one was. */
  Future<Optional<MachineTranslated>> find(SourceText source, String sha256, Language to) {
    return pool.preparedQuery(FIND).execute(key(source, to)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row row = rows.iterator().next();
      if (!row.getString("source_sha256").equals(sha256)) {
        return Optional.empty();
      }
      var via = Arrays.stream(row.getArrayOfStrings("via")).map(code -> Language.of(code).orElseThrow()).toList();
      return Optional.of(new MachineTranslated(source.kind(), source.id(), source.version(),
          row.getString("translated_html"), source.language(), to, row.getString("engine"), via, true));
    });
  }

  Future<MachineTranslated> keep(SourceText source, String sha256, MachineTranslated made) {
    String[] via = made.via().stream().map(Language::code).toArray(String[]::new);
    Tuple row = key(source, made.to()).addString(source.language().code()).addString(sha256)
        .addString(made.engine()).addArrayOfString(via).addString(made.html());
    return pool.withTransaction(conn -> conn.preparedQuery(KEEP).execute(row)
        .compose(kept -> conn.preparedQuery(FORGET_OLDER)
            .execute(Tuple.of(source.kind().wire(), source.id(), source.version())))
        .map(forgotten -> made));
  }

  private static Tuple key(SourceText source, Language to) {
    return Tuple.of(source.kind().wire(), source.id(), source.version(), to.code());
  }
}
