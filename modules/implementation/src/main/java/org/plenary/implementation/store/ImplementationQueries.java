package org.plenary.implementation.store;

/** All SQL of national implementation, named by intent. Filters passed as null match everything. */
final class ImplementationQueries {

  private ImplementationQueries() {
  }

  // Cycles

  static final String INSERT_CYCLE = "INSERT INTO reporting_cycle (id, title, cut_off, opened_by, opened_at)"
      + " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING";

  static final String FIND_CYCLE = "SELECT id, title, cut_off, opened_at FROM reporting_cycle WHERE id = $1";

  /** Newest first; keyset on (opened_at, id). */
  static final String LIST_CYCLES = "SELECT id, title, cut_off, opened_at FROM reporting_cycle"
      + " WHERE ($1::timestamptz IS NULL OR (opened_at, id) < ($1, $2)) ORDER BY opened_at DESC, id DESC LIMIT $3";

  // Reports

  private static final String REPORT_COLUMNS = "r.id, r.cycle_id, r.state_id, r.latest_version, r.submitted_version,"
      + " r.published_version, r.audience, r.published_at, r.created_at, r.updated_at";

  static final String FIND_REPORT = "SELECT " + REPORT_COLUMNS + " FROM national_report r"
      + " WHERE r.cycle_id = $1 AND r.state_id = $2";

  static final String LOCK_REPORT = FIND_REPORT + " FOR UPDATE";

  static final String INSERT_REPORT = "INSERT INTO national_report (id, cycle_id, state_id, latest_version,"
      + " created_at, updated_at) VALUES ($1, $2, $3, 1, $4, $4) ON CONFLICT (cycle_id, state_id) DO NOTHING";

  static final String SET_LATEST = "UPDATE national_report SET latest_version = $2, updated_at = $3 WHERE id = $1";

  static final String SET_SUBMITTED = "UPDATE national_report SET submitted_version = $2, updated_at = $3"
      + " WHERE id = $1";

  static final String SET_PUBLISHED = "UPDATE national_report SET published_version = $2, audience = $3,"
      + " published_at = $4, updated_at = $4 WHERE id = $1";

  // Versions

  private static final String VERSION_COLUMNS = "v.version, v.language, v.answers, v.saved_by, v.saved_at,"
      + " coalesce(p.display_name, p.username) AS saved_by_name";

  static final String FIND_VERSION = "SELECT " + VERSION_COLUMNS + " FROM national_report_version v"
      + " JOIN participant p ON p.id = v.saved_by WHERE v.report_id = $1 AND v.version = $2";

  /** Newest first; keyset on the version number. */
  static final String LIST_VERSIONS = "SELECT " + VERSION_COLUMNS + " FROM national_report_version v"
      + " JOIN participant p ON p.id = v.saved_by WHERE v.report_id = $1 AND ($2::int IS NULL OR v.version < $2)"
      + " ORDER BY v.version DESC LIMIT $3";

  static final String INSERT_VERSION = "INSERT INTO national_report_version (report_id, version, language, answers,"
      + " norms, needs_norms, answer_count, saved_by, saved_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

  // Publications

  static final String INSERT_PUBLICATION = "INSERT INTO national_report_publication (report_id, version, audience,"
      + " published_by, published_at) VALUES ($1, $2, $3, $4, $5)";

  static final String LIST_PUBLICATIONS = "SELECT version, audience, published_at FROM national_report_publication"
      + " WHERE report_id = $1 ORDER BY id";

  // Needs turned into capacity-building needs

  static final String INSERT_NEED = "INSERT INTO national_report_need (report_id, norm, need_id, version, created_by,"
      + " created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (report_id, norm) DO NOTHING";

  static final String LIST_NEEDS = "SELECT norm, need_id, version FROM national_report_need WHERE report_id = $1"
      + " ORDER BY norm";

  // Published reports, as a reader may read them ($2: the reader reads reports for States; $3: the reader's State)

  static final String READABLE = " r.published_version IS NOT NULL"
      + " AND (r.audience = 'public' OR $2 OR r.state_id = $3)";

  /** By the State's name; keyset on (name, state id). */
  static final String LIST_PUBLISHED = "SELECT " + REPORT_COLUMNS + ", o.name AS state_name, o.regional_group,"
      + " v.language, v.norms, v.answer_count FROM national_report r JOIN organization o ON o.id = r.state_id"
      + " JOIN national_report_version v ON v.report_id = r.id AND v.version = r.published_version"
      + " WHERE r.cycle_id = $1 AND" + READABLE
      + " AND ($4::text IS NULL OR o.regional_group = $4) AND ($5::text IS NULL OR $5 = ANY (v.norms))"
      + " AND ($6::text IS NULL OR v.language = $6) AND ($7::text IS NULL OR (o.name, o.id) > ($7, $8))"
      + " ORDER BY o.name, o.id LIMIT $9";

  static final String FIND_PUBLISHED = "SELECT o.name AS state_name, o.regional_group FROM national_report r"
      + " JOIN organization o ON o.id = r.state_id WHERE r.id = $1";

  /** Per norm and regional group: the States that reported on it, and those that stated needs on it. */
  static final String COVERAGE = "SELECT n.norm, o.regional_group, count(DISTINCT r.state_id) AS states,"
      + " count(DISTINCT r.state_id) FILTER (WHERE n.norm = ANY (v.needs_norms)) AS with_needs"
      + " FROM national_report r JOIN organization o ON o.id = r.state_id"
      + " JOIN national_report_version v ON v.report_id = r.id AND v.version = r.published_version"
      + " CROSS JOIN LATERAL unnest(v.norms) AS n(norm)"
      + " WHERE r.cycle_id = $1 AND" + READABLE + " GROUP BY n.norm, o.regional_group";

  // The compilation for the Secretary-General

  /**
   * Per State, the last publication made before $2 (the day after the cut-off) and its version; $3: the reader
   * reads reports published for States.
   */
  static final String COMPILED = "SELECT DISTINCT ON (r.state_id) r.state_id, o.name AS state_name, o.regional_group,"
      + " pub.audience, pub.published_at, " + VERSION_COLUMNS + " FROM national_report r"
      + " JOIN organization o ON o.id = r.state_id JOIN national_report_publication pub ON pub.report_id = r.id"
      + " JOIN national_report_version v ON v.report_id = pub.report_id AND v.version = pub.version"
      + " JOIN participant p ON p.id = v.saved_by"
      + " WHERE r.cycle_id = $1 AND pub.published_at < $2 AND (pub.audience = 'public' OR $3)"
      + " ORDER BY r.state_id, pub.id DESC";
}
