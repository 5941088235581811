package org.plenary.sessions.statements;

/** The SQL of statements, by intent. */
final class StatementQueries {

  private static final String COLUMNS = "SELECT s.id, s.entry_id, s.session_id, s.agenda_item_id, s.organization_id,"
      + " o.name AS organization_name, o.kind AS organization_kind, s.on_behalf_of, g.name AS group_name,"
      + " g.regional_group AS group_region, g.speaker_id AS group_speaker, s.language, s.check_against_delivery,"
      + " s.body, s.file_id, s.posted_at, f.filename AS file_name, f.type AS file_type, f.size AS file_size,"
      + " f.sha256 AS file_sha256, f.stored_at AS file_stored_at"
      + " FROM statements s JOIN organization o ON o.id = s.organization_id"
      + " LEFT JOIN speaking_groups g ON g.id = s.on_behalf_of LEFT JOIN files f ON f.id = s.file_id";

  static final String INSERT = "INSERT INTO statements (entry_id, session_id, agenda_item_id, organization_id,"
      + " on_behalf_of, language, check_against_delivery, body, posted_by, posted_at)"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (entry_id) DO NOTHING RETURNING id";

  static final String FIND = COLUMNS + " WHERE s.id = $1";

  /** The statements under an item, in the order they were posted, a page after the cursor ($2, $3). */
  static final String OF_ITEM = COLUMNS + " WHERE s.agenda_item_id = $1"
      + " AND ($2::timestamptz IS NULL OR (s.posted_at, s.id) > ($2, $3)) ORDER BY s.posted_at, s.id LIMIT $4";

  /**
   * An organization's statements, newest first, in the sessions whose audience the reader attends ($2), a page after
   * the cursor ($3, $4).
   */
  static final String OF_ORGANIZATION = COLUMNS + " JOIN sessions ss ON ss.id = s.session_id"
      + " WHERE s.organization_id = $1 AND ss.audience = ANY($2)"
      + " AND ($3::timestamptz IS NULL OR (s.posted_at, s.id) < ($3, $4))"
      + " ORDER BY s.posted_at DESC, s.id DESC LIMIT $5";

  /** Attaches the file unless the statement has one already (a second attach then changes no row). */
  static final String ATTACH_FILE = "UPDATE statements SET file_id = $2 WHERE id = $1 AND file_id IS NULL";

  private StatementQueries() {
  }
}
