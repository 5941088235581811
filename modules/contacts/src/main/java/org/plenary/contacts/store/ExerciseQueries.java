package org.plenary.contacts.store;

/** The SQL of the ping exercises. */
final class ExerciseQueries {

  static final String INSERT = "INSERT INTO ping_exercise (id, started_by, started_at, window_hours, deadline)"
      + " VALUES ($1, $2, $3, $4, $5)";

  /** The States pinged: every State ({@code $2} null) or those named; says which it took. */
  static final String INSERT_STATES = "INSERT INTO ping_exercise_state (exercise_id, state_id)"
      + " SELECT $1, id FROM organization WHERE kind = 'state' AND ($2::text[] IS NULL OR id = ANY($2))"
      + " RETURNING state_id";

  static final String KNOWN_STATES = "SELECT id FROM organization WHERE kind = 'state' AND id = ANY($1)";

  static final String INSERT_PING = "INSERT INTO ping (id, exercise_id, state_id, contact_kind, contact_name,"
      + " contact_email, token_hash) VALUES ($1, $2, $3, $4, $5, $6, $7)";

  private static final String EXERCISE = "SELECT x.id, x.started_at, x.window_hours, x.deadline,"
      + " (SELECT count(*) FROM ping_exercise_state s WHERE s.exercise_id = x.id) AS state_count"
      + " FROM ping_exercise x";

  static final String FIND = EXERCISE + " WHERE x.id = $1";

  /** Newest first. */
  static final String LIST = EXERCISE + " ORDER BY x.started_at DESC, x.id LIMIT $1";

  /** Every State of the exercises {@code $1} with its pings (none when it had no contacts). */
  static final String PINGS = "SELECT s.exercise_id, s.state_id, o.name AS state_name, o.regional_group,"
      + " p.id AS ping_id, p.contact_kind, p.contact_name, p.acknowledged_at, p.bounced_at, x.deadline"
      + " FROM ping_exercise_state s JOIN organization o ON o.id = s.state_id"
      + " JOIN ping_exercise x ON x.id = s.exercise_id"
      + " LEFT JOIN ping p ON p.exercise_id = s.exercise_id AND p.state_id = s.state_id"
      + " WHERE s.exercise_id = ANY($1) ORDER BY o.name, s.state_id, p.contact_kind, p.contact_name";

  /** The ping of a link, locked. */
  static final String PING_OF_TOKEN = "SELECT p.id AS ping_id, p.exercise_id, p.state_id, p.contact_kind,"
      + " p.contact_name, p.acknowledged_at, p.bounced_at, x.deadline FROM ping p"
      + " JOIN ping_exercise x ON x.id = p.exercise_id WHERE p.token_hash = $1 FOR UPDATE OF p";

  static final String ACKNOWLEDGE = "UPDATE ping SET acknowledged_at = $2 WHERE id = $1";

  static final String BOUNCE = "UPDATE ping SET bounced_at = $3 WHERE exercise_id = $1 AND lower(contact_email) ="
      + " lower($2) AND acknowledged_at IS NULL AND bounced_at IS NULL RETURNING state_id";

  /** The closed exercises {@code $1} took part in, newest first. */
  static final String LAST_CLOSED_OF_STATE = "SELECT x.id FROM ping_exercise x JOIN ping_exercise_state s"
      + " ON s.exercise_id = x.id WHERE s.state_id = $1 AND x.deadline <= $2 ORDER BY x.deadline DESC LIMIT $3";

  private ExerciseQueries() {
  }
}
