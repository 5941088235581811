package org.plenary.sessions.store;

/** All SQL of the sessions context, named by intent. Filters passed as null match everything. */
final class SessionQueries {

  private SessionQueries() {
  }

  private static final String SESSION_COLUMNS = "id, kind, title, number, opens_on, closes_on, venue, time_zone,"
      + " status, audience, deadline, revision, created_at, updated_at, list_rank, list_day FROM sessions";

  static final String FIND_SESSION = "SELECT " + SESSION_COLUMNS + " WHERE id = $1";

  static final String LOCK_SESSION = FIND_SESSION + " FOR UPDATE";

  /** The calendar order (in progress, planned soonest first, concluded latest first), keyset on its columns. */
  static final String LIST_SESSIONS = "SELECT " + SESSION_COLUMNS
      + " WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR kind = $2)"
      + " AND ($3::int IS NULL OR (list_rank, list_day, id) > ($3, $4, $5))"
      + " ORDER BY list_rank, list_day, id LIMIT $6";

  static final String INSERT_SESSION = "INSERT INTO sessions (id, kind, title, number, opens_on, closes_on, venue,"
      + " time_zone, audience, deadline, created_by, created_at, updated_at)"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)";

  // Agendas

  private static final String ITEM_COLUMNS = "id, parent_id, position, number, title, topics, threads, drafts"
      + " FROM agenda_items";

  static final String CURRENT_ITEMS = "SELECT session_id, " + ITEM_COLUMNS
      + " WHERE session_id = $1 AND removed_at IS NULL ORDER BY position";

  static final String INSERT_ITEM = "INSERT INTO agenda_items (id, session_id, parent_id, position, number, title,"
      + " topics, threads, drafts) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

  static final String UPDATE_ITEM = "UPDATE agenda_items SET parent_id = $3, position = $4, number = $5, title = $6,"
      + " topics = $7, threads = $8, drafts = $9 WHERE id = $1 AND session_id = $2";

  /** Items of the session that the new version no longer has ($2: the ids it keeps). */
  static final String REMOVE_OTHER_ITEMS = "UPDATE agenda_items SET removed_at = $3, parent_id = NULL"
      + " WHERE session_id = $1 AND removed_at IS NULL AND NOT (id = ANY($2))";

  private static final String VERSION_COLUMNS = "id, session_id, version, status, reason, items, created_by,"
      + " created_at FROM agenda_versions";

  static final String LATEST_VERSION = "SELECT " + VERSION_COLUMNS
      + " WHERE session_id = $1 ORDER BY version DESC LIMIT 1";

  /** Newest first; keyset on the version number. */
  static final String LIST_VERSIONS = "SELECT " + VERSION_COLUMNS
      + " WHERE session_id = $1 AND ($2::int IS NULL OR version < $2) ORDER BY version DESC LIMIT $3";

  static final String INSERT_VERSION = "INSERT INTO agenda_versions (id, session_id, version, status, reason, items,"
      + " created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

  static final String UPDATE_SESSION = "UPDATE sessions SET title = $2, number = $3, opens_on = $4, closes_on = $5,"
      + " venue = $6, time_zone = $7, audience = $8, deadline = $9, revision = revision + 1, updated_at = $10"
      + " WHERE id = $1";

  static final String UPDATE_STATUS = "UPDATE sessions SET status = $2, revision = revision + 1, updated_at = $3"
      + " WHERE id = $1";

  // Meetings

  private static final String MEETING_COLUMNS = "id, session_id, title, starts_at, ends_at, time_zone, agenda_items,"
      + " revision, created_at, updated_at FROM meetings";

  static final String MEETINGS_OF_SESSION = "SELECT " + MEETING_COLUMNS
      + " WHERE session_id = $1 ORDER BY starts_at, id";

  static final String MEETINGS_OF_SESSIONS = "SELECT " + MEETING_COLUMNS
      + " WHERE session_id = ANY($1) ORDER BY starts_at, id";

  static final String FIND_MEETING = "SELECT " + MEETING_COLUMNS + " WHERE session_id = $1 AND id = $2";

  static final String INSERT_MEETING = "INSERT INTO meetings (id, session_id, title, starts_at, ends_at, time_zone,"
      + " agenda_items, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)";

  static final String UPDATE_MEETING = "UPDATE meetings SET title = $2, starts_at = $3, ends_at = $4, time_zone = $5,"
      + " agenda_items = $6, revision = revision + 1, updated_at = $7 WHERE id = $1";
}
