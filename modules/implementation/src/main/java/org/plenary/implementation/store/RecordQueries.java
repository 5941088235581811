package org.plenary.implementation.store;

/** The SQL of what a State reported and an organization shared, for other contexts; null filters match all. */
final class RecordQueries {

  private RecordQueries() {
  }

  private static final String REPORT_COLUMNS = "SELECT r.state_id, r.cycle_id, c.title AS cycle_title, r.audience,"
      + " r.published_at, v.language, v.norms, v.answer_count";

  private static final String PUBLISHED = " FROM national_report r JOIN reporting_cycle c ON c.id = r.cycle_id"
      + " JOIN national_report_version v ON v.report_id = r.id AND v.version = r.published_version";

  /**
   * The State's ($1) reports the reader may read ($2, $3: ImplementationQueries.READABLE's), latest published
   * first, keyset on (published_at, cycle id); $4 a norm answered on, $5-$6 the days of publication.
   */
  static final String REPORTS_OF_STATE = REPORT_COLUMNS + PUBLISHED + " WHERE r.state_id = $1 AND"
      + ImplementationQueries.READABLE + " AND ($4::text IS NULL OR $4 = ANY (v.norms))"
      + " AND ($5::timestamptz IS NULL OR r.published_at >= $5) AND ($6::timestamptz IS NULL OR r.published_at < $6)"
      + " AND ($7::timestamptz IS NULL OR (r.published_at, r.cycle_id) < ($7, $8::text))"
      + " ORDER BY r.published_at DESC, r.cycle_id DESC LIMIT $9";

  /** Of each State ($1), the answers on norm $4 in its latest report the reader may read that has them. */
  static final String ANSWERS_ON_NORM = "SELECT DISTINCT ON (r.state_id) r.state_id, r.cycle_id,"
      + " c.title AS cycle_title, r.audience, r.published_at, v.language, v.answers -> 'norms' -> $4 AS answers"
      + PUBLISHED + " WHERE r.state_id = ANY ($1) AND" + ImplementationQueries.READABLE + " AND $4 = ANY (v.norms)"
      + " ORDER BY r.state_id, r.published_at DESC";

  private static final String PRACTICE_COLUMNS = "g.id, g.organization_id, g.title, g.language, g.norms, g.shared_at,"
      + " (SELECT count(*) FROM good_practice_mark m WHERE m.practice_id = g.id AND m.mark = 'endorse')"
      + " AS endorsements,"
      + " (SELECT count(*) FROM good_practice_mark m WHERE m.practice_id = g.id AND m.mark = 'useful') AS useful";

  /** The organization's ($1) practices, newest first, keyset on (shared_at, id); $2 a norm, $3-$4 the days. */
  static final String PRACTICES_OF = "SELECT " + PRACTICE_COLUMNS + " FROM good_practice g WHERE g.organization_id = $1"
      + " AND ($2::text IS NULL OR g.norms @> ARRAY[$2::text])"
      + " AND ($3::timestamptz IS NULL OR g.shared_at >= $3) AND ($4::timestamptz IS NULL OR g.shared_at < $4)"
      + " AND ($5::timestamptz IS NULL OR (g.shared_at, g.id) < ($5, $6::uuid))"
      + " ORDER BY g.shared_at DESC, g.id DESC LIMIT $7";

  /** The latest $3 practices on norm $2 of each organization ($1), newest first. */
  static final String PRACTICES_ON = "SELECT * FROM (SELECT row_number() OVER (PARTITION BY g.organization_id"
      + " ORDER BY g.shared_at DESC, g.id DESC) AS nth, " + PRACTICE_COLUMNS + " FROM good_practice g"
      + " WHERE g.organization_id = ANY ($1) AND g.norms @> ARRAY[$2::text]) practices WHERE nth <= $3"
      + " ORDER BY shared_at DESC, id DESC";
}
