package org.plenary.documents.inputs;

/** The written inputs' SQL, by intent; every value a parameter. */
final class InputQueries {

  private static final String INPUT = "select w.*, o.name as organization_name, o.kind as organization_kind"
      + " from written_input w join organization o on o.id = w.organization_id";

  static final String FIND = INPUT + " where w.id = $1";
  static final String LOCK = INPUT + " where w.id = $1 for update of w";

  /**
   * Newest submission first, keyset on (submitted_at, id). {@code $1}: whether the reader sees every input
   * (the Secretariat); {@code $2}: the reader's organization, whose own it sees.
   */
  static final String LIST = INPUT + " where (w.status = 'published' or $1 or w.organization_id = $2)"
      + " and ($3::uuid is null or w.session_id = $3)"
      + " and ($4::text is null or w.status = $4)"
      + " and ($5::text is null or w.organization_id = $5)"
      + " and ($6::timestamptz is null or (w.submitted_at, w.id) < ($6, $7))"
      + " order by w.submitted_at desc, w.id desc limit $8";

  static final String INSERT = "insert into written_input (session_id, agenda_item_id, organization_id, author_id,"
      + " title, body, language, status, submitted_at) values ($1, $2, $3, $4, $5, $6, $7, 'submitted', $8)"
      + " returning id";

  static final String RESUBMIT = "update written_input set agenda_item_id = $2, title = $3, body = $4, language = $5,"
      + " author_id = $6, status = 'submitted', return_reason = null, submissions = submissions + 1,"
      + " submitted_at = $7 where id = $1";

  static final String PUBLISH = "update written_input set status = 'published', published_at = $3, reviewed_by = $2,"
      + " reviewed_at = $3 where id = $1";

  static final String RETURN = "update written_input set status = 'returned', return_reason = $3, reviewed_by = $2,"
      + " reviewed_at = $4 where id = $1";

  static final String SET_FILE = "update written_input set file_id = $2 where id = $1";

  private InputQueries() {
  }
}
