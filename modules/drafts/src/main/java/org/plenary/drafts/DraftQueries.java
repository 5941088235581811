package org.plenary.drafts;

/** All SQL of drafts, stances, contributions and proposals, named by intent. */
public final class DraftQueries {

  private DraftQueries() {
  }

  // Versions and paragraphs

  public static final String VERSIONS = "SELECT id, number, note, published_at FROM draft_version WHERE thread_id = $1"
      + " ORDER BY number";

  public static final String LOCK_LATEST_VERSION = "SELECT id, number FROM draft_version WHERE thread_id = $1"
      + " ORDER BY number DESC LIMIT 1 FOR UPDATE";

  public static final String LATEST_VERSION_NUMBER = "SELECT max(number) AS number FROM draft_version"
      + " WHERE thread_id = $1";

  /** Holds off the next version (which locks for update) while a dissociation is recorded on this one. */
  public static final String SHARE_LATEST_VERSION = "SELECT id, number FROM draft_version WHERE thread_id = $1"
      + " ORDER BY number DESC LIMIT 1 FOR SHARE";

  public static final String PARAGRAPHS_OF_VERSION = "SELECT paragraph_id, number, heading, text, revision, change"
      + " FROM draft_paragraph_text WHERE version_id = $1 ORDER BY number";

  /** Every paragraph the draft ever had, with its text as it last stood and whether it is in the latest version. */
  public static final String LAST_TEXTS = """
      SELECT DISTINCT ON (pt.paragraph_id) pt.paragraph_id, pt.text, pt.heading, pt.revision,
        v.number = (SELECT max(number) FROM draft_version WHERE thread_id = $1) AS in_latest
      FROM draft_paragraph_text pt JOIN draft_version v ON v.id = pt.version_id
      WHERE v.thread_id = $1
      ORDER BY pt.paragraph_id, v.number DESC""";

  public static final String INSERT_VERSION = "INSERT INTO draft_version (thread_id, number, note, published_by)"
      + " VALUES ($1, $2, $3, $4) RETURNING id";

  public static final String INSERT_PARAGRAPH = "INSERT INTO draft_paragraph (id, thread_id) VALUES ($1, $2)";

  public static final String INSERT_PARAGRAPH_TEXT = "INSERT INTO draft_paragraph_text (version_id, paragraph_id,"
      + " number, heading, text, revision, change) VALUES ($1, $2, $3, $4, $5, $6, $7)";

  /** A paragraph of the draft, and how it stands in the latest version (all nulls when it was removed). */
  private static final String PARAGRAPH_IN_DRAFT = """
      SELECT p.id, cur.number, cur.heading, cur.text, cur.revision, cur.version_number
      FROM draft_paragraph p
      LEFT JOIN LATERAL (
        SELECT pt.number, pt.heading, pt.text, pt.revision, v.number AS version_number
        FROM draft_version v JOIN draft_paragraph_text pt ON pt.version_id = v.id AND pt.paragraph_id = p.id
        WHERE v.id = (SELECT id FROM draft_version WHERE thread_id = p.thread_id ORDER BY number DESC LIMIT 1)
      ) cur ON true
      WHERE p.id = $1 AND p.thread_id = $2""";

  public static final String FIND_PARAGRAPH = PARAGRAPH_IN_DRAFT;

  /**
   * Each paragraph of the draft ($2: or only that one) as it last stood, the last version it was in, and whether
   * that is the latest version: where a paragraph that a revision removed was left.
   */
  public static final String PARAGRAPH_STANDINGS = """
      SELECT DISTINCT ON (pt.paragraph_id) pt.paragraph_id, pt.number, pt.heading, pt.text, pt.revision,
        v.number AS last_in, (SELECT max(number) FROM draft_version WHERE thread_id = $1) AS latest
      FROM draft_paragraph_text pt JOIN draft_version v ON v.id = pt.version_id
      WHERE v.thread_id = $1 AND ($2::uuid IS NULL OR pt.paragraph_id = $2)
      ORDER BY pt.paragraph_id, v.number DESC""";

  /** Locks the paragraph so that the stances and contributions on it are written one at a time. */
  public static final String LOCK_PARAGRAPH = PARAGRAPH_IN_DRAFT + " FOR UPDATE OF p";

  public static final String PARAGRAPH_HISTORY = """
      SELECT v.number AS version_number, v.published_at, pt.number, pt.heading, pt.text, pt.revision, pt.change
      FROM draft_paragraph_text pt JOIN draft_version v ON v.id = pt.version_id
      WHERE pt.paragraph_id = $1 AND v.thread_id = $2 ORDER BY v.number""";

  // Stances and dissociations

  /**
   * The stances that count on the paragraphs of a version (or on one of them), with each State's group: per State,
   * its own current stance, else the latest one an organization recorded on its behalf (never both).
   */
  public static final String CURRENT_STANCES = """
      SELECT * FROM (
        SELECT DISTINCT ON (s.paragraph_id, s.state_id) s.paragraph_id, s.state_id, o.name AS state_name,
          o.regional_group, s.stance, s.explanation, s.recorded_via, s.recorded_at
        FROM draft_paragraph_text pt
        JOIN draft_stance s ON s.paragraph_id = pt.paragraph_id AND s.revision = pt.revision
          AND s.superseded_at IS NULL
        JOIN organization o ON o.id = s.state_id
        WHERE pt.version_id = $1 AND ($2::uuid IS NULL OR pt.paragraph_id = $2)
        ORDER BY s.paragraph_id, s.state_id, s.recorded_via IS NOT NULL, s.id DESC
      ) counted ORDER BY state_name""";

  /** States among $3 whose current stance was not recorded through the organization $4: their own. */
  public static final String OWN_STANCES_AMONG = "SELECT state_id FROM draft_stance WHERE paragraph_id = $1"
      + " AND revision = $2 AND superseded_at IS NULL AND state_id = ANY ($3) AND recorded_via IS DISTINCT FROM $4";

  /** Ends the current entries of these States ($3) made the same way ($4: the organization, null for their own). */
  public static final String SUPERSEDE_STANCES = "UPDATE draft_stance SET superseded_at = clock_timestamp()"
      + " WHERE paragraph_id = $1 AND revision = $2 AND state_id = ANY ($3) AND superseded_at IS NULL"
      + " AND recorded_via IS NOT DISTINCT FROM $4";

  public static final String INSERT_STANCE = "INSERT INTO draft_stance (paragraph_id, revision, state_id, stance,"
      + " explanation, recorded_by, recorded_via) VALUES ($1, $2, $3, $4, $5, $6, $7)";

  /**
   * A paragraph's stances over all its revisions, newest first, keyset on id; {@code counts} marks those the
   * tracker counts, as CURRENT_STANCES picks them (an entry on a State's behalf does not while it has its own).
   */
  public static final String STANCE_HISTORY = """
      SELECT s.id, s.revision, s.state_id, o.name AS state_name, o.regional_group, s.stance, s.explanation,
        s.recorded_via, s.recorded_at, s.superseded_at,
        s.superseded_at IS NULL AND NOT EXISTS (
          SELECT 1 FROM draft_stance b WHERE b.paragraph_id = s.paragraph_id AND b.revision = s.revision
            AND b.state_id = s.state_id AND b.superseded_at IS NULL AND b.id <> s.id
            AND (b.recorded_via IS NULL OR s.recorded_via IS NOT NULL AND b.id > s.id)) AS counts
      FROM draft_stance s JOIN organization o ON o.id = s.state_id
      WHERE s.paragraph_id = $1 AND ($2::bigint IS NULL OR s.id < $2) AND ($3::text IS NULL OR s.state_id = $3)
      ORDER BY s.id DESC LIMIT $4""";

  /** Each State's current dissociation, one row per paragraph it names, those a revision ended included. */
  public static final String CURRENT_DISSOCIATIONS = """
      SELECT d.id, d.state_id, o.name AS state_name, d.explanation, d.recorded_at, d.version_number,
        dp.paragraph_id, dp.revision, dp.ended_in_version
      FROM draft_dissociation d JOIN organization o ON o.id = d.state_id
      JOIN draft_dissociation_paragraph dp ON dp.dissociation_id = d.id
      WHERE d.thread_id = $1 AND d.superseded_at IS NULL ORDER BY o.name, d.id, dp.paragraph_id""";

  public static final String SUPERSEDE_DISSOCIATION = "UPDATE draft_dissociation SET superseded_at = clock_timestamp()"
      + " WHERE thread_id = $1 AND state_id = $2 AND superseded_at IS NULL";

  public static final String INSERT_DISSOCIATION = "INSERT INTO draft_dissociation (thread_id, state_id,"
      + " explanation, recorded_by, version_number) VALUES ($1, $2, $3, $4, $5) RETURNING id";

  public static final String INSERT_DISSOCIATION_PARAGRAPH = "INSERT INTO draft_dissociation_paragraph"
      + " (dissociation_id, paragraph_id, revision) VALUES ($1, $2, $3)";

  /**
   * A new version gave these paragraphs ($2) new text: the current dissociations from their earlier text end with
   * it ($3, the version). Returns who dissociated from what, to tell them.
   */
  public static final String END_DISSOCIATIONS = """
      UPDATE draft_dissociation_paragraph dp SET ended_in_version = $3, ended_at = clock_timestamp()
      FROM draft_dissociation d
      WHERE d.id = dp.dissociation_id AND d.thread_id = $1 AND d.superseded_at IS NULL AND dp.ended_at IS NULL
        AND dp.paragraph_id = ANY ($2)
      RETURNING d.state_id, dp.paragraph_id""";

  // Comments and amendments

  private static final String CONTRIBUTOR = " a.display_name AS author_name, x.organization_id,"
      + " o.name AS organization_name, o.kind AS organization_kind";

  private static final String COMMENT_VIEW = "SELECT x.id, x.paragraph_id, x.version_number, x.revision, x.body,"
      + " x.created_at, x.author_id," + CONTRIBUTOR
      + " FROM draft_comment x JOIN participant a ON a.id = x.author_id JOIN organization o ON o.id = x.organization_id";

  public static final String INSERT_COMMENT = "INSERT INTO draft_comment (paragraph_id, version_number, revision,"
      + " author_id, organization_id, body) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";

  public static final String FIND_COMMENT = COMMENT_VIEW + " WHERE x.id = $1";

  public static final String COMMENT_PAGE = COMMENT_VIEW + " WHERE x.paragraph_id = $1 AND x.id > $2"
      + " ORDER BY x.id LIMIT $3";

  private static final String AMENDMENT_VIEW = "SELECT x.id, x.paragraph_id, x.version_number, x.revision,"
      + " x.proposed_text, x.explanation, x.status, x.created_at, x.withdrawn_at, x.decided_in_version, x.decided_at,"
      + " x.incorporation, x.author_id," + CONTRIBUTOR
      + " FROM draft_amendment x JOIN participant a ON a.id = x.author_id JOIN organization o ON o.id = x.organization_id";

  public static final String INSERT_AMENDMENT = "INSERT INTO draft_amendment (paragraph_id, version_number, revision,"
      + " proposed_text, explanation, author_id, organization_id, thread_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
      + " RETURNING id";

  public static final String FIND_AMENDMENT = AMENDMENT_VIEW + " WHERE x.id = $1";

  public static final String AMENDMENT_PAGE = AMENDMENT_VIEW + " WHERE x.paragraph_id = $1 AND x.id > $2"
      + " AND ($3::text IS NULL OR x.status = $3) ORDER BY x.id LIMIT $4";

  /** A draft's amendments, oldest first, keyset on id; optionally of one status. */
  public static final String DRAFT_AMENDMENT_PAGE = AMENDMENT_VIEW + " WHERE x.thread_id = $1 AND x.id > $2"
      + " AND ($3::text IS NULL OR x.status = $3) ORDER BY x.id LIMIT $4";

  public static final String LOCK_AMENDMENT = "SELECT x.id, x.paragraph_id, x.author_id, x.organization_id, x.status,"
      + " x.decided_in_version FROM draft_amendment x WHERE x.id = $1 AND x.thread_id = $2 FOR UPDATE";

  /**
   * The amendments a new version decides on: those it names ($2), and those still open on the paragraphs whose
   * text it changes ($3), which it may adopt word for word. Locked, so that no withdrawal crosses the decision.
   */
  public static final String LOCK_AMENDMENTS_FOR_VERSION = """
      SELECT id, paragraph_id, author_id, proposed_text, status, decided_in_version FROM draft_amendment
      WHERE thread_id = $1 AND (id = ANY ($2) OR (paragraph_id = ANY ($3) AND status IN ('proposed', 'not-retained')))
      ORDER BY id FOR UPDATE""";

  /** Incorporated ($2, with how: $5) or not retained, in or against version $3, by $4. */
  public static final String DECIDE_AMENDMENT = "UPDATE draft_amendment SET status = $2, decided_in_version = $3,"
      + " decided_at = clock_timestamp(), decided_by = $4, incorporation = $5 WHERE id = $1";

  /** How many amendments are still proposed on each of these paragraphs (removed by the version shown). */
  public static final String PROPOSED_AMENDMENT_COUNTS = "SELECT paragraph_id, count(*) AS proposed FROM draft_amendment"
      + " WHERE thread_id = $1 AND paragraph_id = ANY ($2) AND status = 'proposed' GROUP BY paragraph_id";

  public static final String WITHDRAW_AMENDMENT = "UPDATE draft_amendment SET status = 'withdrawn',"
      + " withdrawn_at = clock_timestamp() WHERE id = $1";

  // Proposals and sponsors

  private static final String PROPOSAL_VIEW = """
      SELECT pr.id, pr.thread_id, pr.title, pr.text, pr.status, pr.circulated_at, pr.tabled_at, pr.withdrawn_at,
        pr.tabled_for,
        t.name AS tabled_for_name,
        (SELECT json_agg(json_build_object('stateId', s.state_id, 'stateName', so.name, 'original', s.original,
                 'joinedAt', s.joined_at) ORDER BY s.original DESC, s.joined_at, so.name)
         FROM proposal_sponsor s JOIN organization so ON so.id = s.state_id
         WHERE s.proposal_id = pr.id AND s.withdrawn_at IS NULL) AS sponsors
      FROM proposal pr JOIN organization t ON t.id = pr.tabled_for""";

  public static final String FIND_PROPOSAL = PROPOSAL_VIEW + " WHERE pr.id = $1";

  /** A thread's proposals, newest first, keyset on (circulated_at, id); optionally those a State sponsors. */
  public static final String PROPOSAL_PAGE = PROPOSAL_VIEW + """
       WHERE pr.thread_id = $1 AND ($2::text IS NULL OR pr.status = $2)
        AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM proposal_sponsor s WHERE s.proposal_id = pr.id
                                         AND s.state_id = $3 AND s.withdrawn_at IS NULL))
        AND ($4::timestamptz IS NULL OR (pr.circulated_at, pr.id) < ($4, $5))
      ORDER BY pr.circulated_at DESC, pr.id DESC LIMIT $6""";

  /** Circulated for sponsorship ($6 = 'circulated') or tabled at once ($6 = 'tabled'). */
  public static final String INSERT_PROPOSAL = """
      WITH now AS (SELECT clock_timestamp() AS at)
      INSERT INTO proposal (thread_id, title, text, tabled_for, tabled_by, status, circulated_at, tabled_at)
      SELECT $1, $2, $3, $4, $5, $6, now.at, CASE WHEN $6 = 'tabled' THEN now.at END FROM now
      RETURNING id""";

  /** The State that puts the proposal forward sponsors it from the start. */
  public static final String INSERT_FIRST_SPONSOR = "INSERT INTO proposal_sponsor (proposal_id, state_id, original,"
      + " joined_at, joined_by) SELECT id, tabled_for, true, circulated_at, tabled_by FROM proposal WHERE id = $1";

  public static final String LOCK_PROPOSAL = "SELECT thread_id, tabled_for, status FROM proposal WHERE id = $1 FOR UPDATE";

  /**
   * Joins, as an original sponsor ($4) while the proposal is circulated or as a later one once it is tabled, or
   * joins again after withdrawing; no row when the State sponsors it already.
   */
  public static final String JOIN_AS_SPONSOR = """
      INSERT INTO proposal_sponsor (proposal_id, state_id, original, joined_by) VALUES ($1, $2, $4, $3)
      ON CONFLICT (proposal_id, state_id) DO UPDATE SET original = excluded.original, joined_at = clock_timestamp(),
        joined_by = excluded.joined_by, withdrawn_at = NULL
      WHERE proposal_sponsor.withdrawn_at IS NOT NULL
      RETURNING state_id""";

  public static final String WITHDRAW_SPONSOR = "UPDATE proposal_sponsor SET withdrawn_at = clock_timestamp()"
      + " WHERE proposal_id = $1 AND state_id = $2 AND withdrawn_at IS NULL RETURNING state_id";

  public static final String TABLE_CIRCULATED_PROPOSAL = "UPDATE proposal SET status = 'tabled',"
      + " tabled_at = clock_timestamp() WHERE id = $1";

  public static final String WITHDRAW_PROPOSAL = "UPDATE proposal SET status = 'withdrawn',"
      + " withdrawn_at = clock_timestamp() WHERE id = $1";
}
