package org.plenary.implementation.store;

/** The SQL of good practices and their marks, named by intent. Filters passed as null match everything. */
final class GoodPracticeQueries {

  private GoodPracticeQueries() {
  }

  /** A practice with its counts and the marks of the reader's State ($READER: its id, or null). */
  private static String practice(String reader) {
    return "SELECT g.id, g.organization_id, g.organization_kind, g.title, g.what, g.who, g.lessons, g.links,"
        + " g.language, g.norms, g.regions, g.shared_at, o.name AS organization_name,"
        + " (SELECT count(*) FROM good_practice_mark m WHERE m.practice_id = g.id AND m.mark = 'endorse')"
        + " AS endorsements,"
        + " (SELECT count(*) FROM good_practice_mark m WHERE m.practice_id = g.id AND m.mark = 'useful') AS useful,"
        + " ARRAY(SELECT m.mark FROM good_practice_mark m WHERE m.practice_id = g.id AND m.state_id = " + reader
        + "::text) AS reader_marks FROM good_practice g JOIN organization o ON o.id = g.organization_id";
  }

  static final String INSERT = "INSERT INTO good_practice (id, organization_id, organization_kind, shared_by, title,"
      + " what, who, lessons, links, language, norms, regions, shared_at)"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";

  static final String FIND = practice("$2") + " WHERE g.id = $1";

  /**
   * Newest first; keyset on (shared_at, id). $1 a norm, $2 a regional group, $3 a kind of organization; the
   * containment tests ({@code @>}) are those the GIN indexes answer.
   */
  static final String LIST = practice("$6") + " WHERE ($1::text IS NULL OR g.norms @> ARRAY[$1::text])"
      + " AND ($2::text IS NULL OR g.regions @> ARRAY[$2::text])"
      + " AND ($3::text IS NULL OR g.organization_kind = $3)"
      + " AND ($4::timestamptz IS NULL OR (g.shared_at, g.id) < ($4, $5::uuid))"
      + " ORDER BY g.shared_at DESC, g.id DESC LIMIT $7";

  /** The practices of $1 (an array of ids) as citations name them. */
  static final String CITED = "SELECT g.id, g.title, o.name AS organization_name FROM good_practice g"
      + " JOIN organization o ON o.id = g.organization_id WHERE g.id = ANY ($1)";

  static final String ENDORSED_BY = "SELECT o.name FROM good_practice_mark m JOIN organization o ON o.id = m.state_id"
      + " WHERE m.practice_id = $1 AND m.mark = 'endorse' ORDER BY o.name";

  static final String INSERT_MARK = "INSERT INTO good_practice_mark (practice_id, state_id, mark, marked_by,"
      + " marked_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING";

  static final String DELETE_MARK = "DELETE FROM good_practice_mark WHERE practice_id = $1 AND state_id = $2"
      + " AND mark = $3";
}
