package org.plenary.radar.store;

/** The radar's SQL, parameterised. */
final class RadarQueries {

  private static final String SIGNAL = "SELECT s.*, o.name AS organization_name,"
      + " array(SELECT m.id FROM radar_signal m WHERE m.merged_into = s.id ORDER BY m.merged_at, m.id) AS merged_from"
      + " FROM radar_signal s JOIN organization o ON o.id = s.organization_id";

  static final String INSERT_SIGNAL = "INSERT INTO radar_signal (id, title, description, category, norms, horizon,"
      + " sources, thread_id, organization_id, proposed_by, proposed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,"
      + " $10, $11)";

  static final String FIND_SIGNAL = SIGNAL + " WHERE s.id = $1";

  static final String LOCK_SIGNAL = "SELECT id FROM radar_signal WHERE id = $1 FOR UPDATE";

  /** Signals not merged into another, newest first, after the keyset ($1, $2). */
  static final String LIST_SIGNALS = SIGNAL + " WHERE s.merged_into IS NULL"
      + " AND ($1::timestamptz IS NULL OR (s.proposed_at, s.id) < ($1, $2))"
      + " ORDER BY s.proposed_at DESC, s.id DESC LIMIT $3";

  /** The signals a round's radar places: not merged, proposed by the time given. */
  static final String RADAR_SIGNALS = SIGNAL + " WHERE s.merged_into IS NULL AND s.proposed_at <= $1"
      + " ORDER BY s.proposed_at, s.id";

  static final String MERGE = "UPDATE radar_signal SET merged_into = $2, merged_by = $3, merged_at = $4"
      + " WHERE id = $1 AND merged_into IS NULL";

  static final String INSERT_ROUND = "INSERT INTO radar_round (id, title, opened_by, opened_at) VALUES ($1, $2, $3,"
      + " $4)";

  static final String FIND_ROUND = "SELECT * FROM radar_round WHERE id = $1";

  /** The round, locked to close it: a close waits for the assessments being written, and they for it. */
  static final String LOCK_ROUND = FIND_ROUND + " FOR UPDATE";

  /** The round, held open while an assessment is written: assessments do not wait for each other, a close does. */
  static final String HOLD_ROUND = FIND_ROUND + " FOR SHARE";

  static final String CLOSE_ROUND = "UPDATE radar_round SET closed_by = $2, closed_at = $3 WHERE id = $1"
      + " AND closed_at IS NULL";

  static final String LIST_ROUNDS = "SELECT * FROM radar_round ORDER BY opened_at DESC, id DESC LIMIT 200";

  static final String PREVIOUS_ROUND = "SELECT * FROM radar_round WHERE (opened_at, id) < ($1, $2)"
      + " ORDER BY opened_at DESC, id DESC LIMIT 1";

  static final String UPSERT_ASSESSMENT = "INSERT INTO radar_assessment (round_id, signal_id, organization_id,"
      + " organization_kind, regional_group, likelihood, impact, rated_by, rated_at)"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (round_id, signal_id, organization_id) DO UPDATE"
      + " SET likelihood = excluded.likelihood, impact = excluded.impact, rated_by = excluded.rated_by,"
      + " rated_at = excluded.rated_at";

  static final String FIND_ASSESSMENT = "SELECT * FROM radar_assessment WHERE round_id = $1 AND signal_id = $2"
      + " AND organization_id = $3";

  /** A round's ratings, each with the signal it counts with: the end of its chain of merges. */
  static final String RATINGS = "WITH RECURSIVE survivor (id, survivor) AS ("
      + " SELECT id, id FROM radar_signal WHERE merged_into IS NULL"
      + " UNION ALL SELECT s.id, v.survivor FROM radar_signal s JOIN survivor v ON s.merged_into = v.id)"
      + " SELECT v.survivor, a.organization_id, a.organization_kind, a.regional_group, a.likelihood, a.impact,"
      + " a.signal_id = v.survivor AS on_survivor FROM radar_assessment a JOIN survivor v ON v.id = a.signal_id"
      + " WHERE a.round_id = $1 ORDER BY a.rated_at, a.signal_id";

  private RadarQueries() {
  }
}
