package org.plenary.documents.registry;

/** The registry's SQL, by intent; every value a parameter. */
final class DocumentQueries {

  private static final String DOCUMENT = "select d.*, pred.symbol as predecessor_symbol,"
      + " coalesce((select array_agg(a.agenda_item_id order by a.position) from document_agenda_item a"
      + " where a.document_id = d.id), '{}') as agenda_item_ids"
      + " from document d left join document pred on pred.id = d.predecessor_id";

  static final String FIND = DOCUMENT + " where d.id = $1";
  static final String FIND_BY_SYMBOL = DOCUMENT + " where d.symbol = $1";

  /** Newest issue first, then by symbol; keyset on (issued_on, symbol). */
  static final String LIST = DOCUMENT + " where d.distribution = any($1)"
      + " and ($2::uuid is null or d.session_id = $2)"
      + " and ($3::uuid is null or exists (select 1 from document_agenda_item a where a.document_id = d.id"
      + " and a.agenda_item_id = $3))"
      + " and ($4::text is null or d.kind = $4)"
      + " and ($5::text is null or exists (select 1 from document_language_version v where v.document_id = d.id"
      + " and v.language = $5))"
      + " and ($6::text is null or strpos(lower(d.symbol || ' ' || d.title), lower($6)) > 0)"
      + " and ($7::text is null or d.symbol = $7)"
      + " and ($8::date is null or d.issued_on < $8 or (d.issued_on = $8 and d.symbol > $9))"
      + " order by d.issued_on desc, d.symbol limit $10";

  static final String LANGUAGES = "select * from document_language_version where document_id = any($1)"
      + " order by document_id, array_position(array['ar', 'zh', 'en', 'fr', 'ru', 'es'], language)";

  /** The documents of one family (one base symbol), in the order they were issued. */
  static final String FAMILY = "select id, symbol, relation, predecessor_id from document where base_symbol = $1"
      + " and distribution = any($2) order by issued_at, symbol";

  static final String INSERT = "insert into document (symbol, body, session_part, kind, number, base_symbol,"
      + " predecessor_id, relation, title, issued_on, distribution, session_id, draft_thread_id, draft_version,"
      + " issued_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) returning id";

  static final String INSERT_AGENDA_ITEM = "insert into document_agenda_item (document_id, agenda_item_id, position)"
      + " values ($1, $2, $3)";

  static final String LOCK = "select id, symbol, session_id from document where id = $1 for update";

  /** Before a version is marked the original, no other is (one original per document). */
  static final String CLEAR_ORIGINAL = "update document_language_version set original = false"
      + " where document_id = $1 and original and language <> $2";

  /** Adds the version, or replaces its file and marks; {@code replaced} says which. */
  static final String PUT_LANGUAGE_VERSION = "insert into document_language_version (document_id, language, original,"
      + " advance_unedited, file_id, added_by) values ($1, $2, $3, $4, $5, $6)"
      + " on conflict (document_id, language) do update set original = excluded.original,"
      + " advance_unedited = excluded.advance_unedited, file_id = excluded.file_id, added_by = excluded.added_by,"
      + " added_at = clock_timestamp() returning (xmax <> 0) as replaced";

  /** The registry's pages of those symbols it holds and is not confidential about, for links in posts. */
  static final String KNOWN = "select id, symbol from document where symbol = any($1) and distribution <> 'restricted'";

  private DocumentQueries() {
  }
}
