package org.plenary.drafts.record;

/** The SQL of a State's record on drafts (its current stances and dissociations), named by intent. */
final class RecordQueries {

  private RecordQueries() {
  }

  /**
   * The drafts in which the State ($1) holds a current stance or dissociation recorded in the days $2-$3, the most
   * recent first; keyset on (its latest entry, the thread's id as text).
   */
  static final String DRAFTS_OF_STATE = """
      WITH entries AS (
        SELECT p.thread_id, s.recorded_at AS at FROM draft_stance s JOIN draft_paragraph p ON p.id = s.paragraph_id
        WHERE s.state_id = $1 AND s.superseded_at IS NULL
        UNION ALL
        SELECT thread_id, recorded_at FROM draft_dissociation WHERE state_id = $1 AND superseded_at IS NULL)
      SELECT thread_id, max(at) AS latest_at FROM entries
      WHERE ($2::timestamptz IS NULL OR at >= $2) AND ($3::timestamptz IS NULL OR at < $3)
      GROUP BY thread_id
      HAVING ($4::timestamptz IS NULL OR (max(at), thread_id::text) < ($4, $5::text))
      ORDER BY latest_at DESC, thread_id::text DESC LIMIT $6""";

  /**
   * The current stance of each of the States ($1) on each paragraph of these drafts ($2) or on one paragraph ($3):
   * on the latest text it took a stance on, its own before one an organization recorded on its behalf (as the
   * tracker counts them), with the paragraph's number and text as they stood then and the paragraph's revision in
   * the draft's latest version (null when that version removed it). At most $4, newest first.
   */
  static final String CURRENT_STANCES = """
      SELECT * FROM (
        SELECT DISTINCT ON (s.state_id, s.paragraph_id) p.thread_id, s.state_id, s.paragraph_id, s.revision, s.stance,
          s.explanation, s.recorded_via, s.recorded_at, stood.number, stood.text, latest.revision AS latest_revision
        FROM draft_stance s JOIN draft_paragraph p ON p.id = s.paragraph_id
        LEFT JOIN LATERAL (
          SELECT pt.number, pt.text FROM draft_paragraph_text pt JOIN draft_version v ON v.id = pt.version_id
          WHERE pt.paragraph_id = s.paragraph_id AND pt.revision = s.revision ORDER BY v.number DESC LIMIT 1
        ) stood ON true
        LEFT JOIN LATERAL (
          SELECT pt.revision FROM draft_paragraph_text pt WHERE pt.paragraph_id = s.paragraph_id AND pt.version_id =
            (SELECT id FROM draft_version WHERE thread_id = p.thread_id ORDER BY number DESC LIMIT 1)
        ) latest ON true
        WHERE s.state_id = ANY ($1) AND s.superseded_at IS NULL AND ($2::uuid[] IS NULL OR p.thread_id = ANY ($2))
          AND ($3::uuid IS NULL OR s.paragraph_id = $3)
        ORDER BY s.state_id, s.paragraph_id, s.revision DESC, s.recorded_via IS NOT NULL, s.id DESC
      ) current ORDER BY recorded_at DESC, number LIMIT $4""";

  /**
   * The current dissociation of each of the States ($1) in these drafts ($2), one row per paragraph it names (or
   * only the row of paragraph $3), with the paragraph's number as it stood when the State dissociated.
   */
  static final String CURRENT_DISSOCIATIONS = """
      SELECT d.id, d.thread_id, d.state_id, d.explanation, d.recorded_at, d.version_number, dp.paragraph_id,
        dp.ended_in_version, stood.number
      FROM draft_dissociation d JOIN draft_dissociation_paragraph dp ON dp.dissociation_id = d.id
      LEFT JOIN LATERAL (
        SELECT pt.number FROM draft_paragraph_text pt JOIN draft_version v ON v.id = pt.version_id
        WHERE pt.paragraph_id = dp.paragraph_id AND pt.revision = dp.revision ORDER BY v.number DESC LIMIT 1
      ) stood ON true
      WHERE d.state_id = ANY ($1) AND d.superseded_at IS NULL AND ($2::uuid[] IS NULL OR d.thread_id = ANY ($2))
        AND ($3::uuid IS NULL OR dp.paragraph_id = $3)
      ORDER BY d.id, stood.number""";

  /** A paragraph's draft, and its number and text in the latest version that has it. */
  static final String PARAGRAPH = """
      SELECT p.thread_id, pt.number, pt.text FROM draft_paragraph p
      JOIN draft_paragraph_text pt ON pt.paragraph_id = p.id JOIN draft_version v ON v.id = pt.version_id
      WHERE p.id = $1 ORDER BY v.number DESC LIMIT 1""";
}
