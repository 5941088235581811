package org.plenary.forum.posts;

/** The SQL of posts, named by intent. */
final class PostQueries {

  private PostQueries() {
  }

  /**
   * A post with everything a reader sees of it: author, organization, the States it speaks on behalf
   * of, the statement it aligns with and the statements that align with it. One row per post, so a
   * page of 50 is one query.
   */
  static final String VIEW_COLUMNS = """
      p.id, p.thread_id, p.seq, p.parent_id, p.kind, p.language, p.body_markdown, p.body_html, p.aligns_with,
      p.guiding_question, p.status, p.superseded_by, p.withdrawn_at, p.withdrawal_reason, p.hidden, p.hidden_reason,
      p.hidden_at,
      p.reply_count, p.version, p.created_at, p.edited_at, p.author_id, a.display_name AS author_name,
      a.username AS author_username, p.organization_id, o.name AS organization_name, o.kind AS organization_kind,
      o.regional_group AS organization_group,
      al.organization_id AS aligned_organization_id, alo.name AS aligned_organization_name,
      alo.kind AS aligned_organization_kind,
      CASE WHEN p.kind = 'position' THEN
        (SELECT json_agg(json_build_object('id', s.id, 'name', s.name, 'consent', b.consent, 'decidedAt', b.decided_at)
                ORDER BY s.name)
         FROM post_on_behalf_of b JOIN organization s ON s.id = b.state_id
         WHERE b.post_id = p.id AND b.consent IN ('pending', 'confirmed')) END AS on_behalf_of,
      CASE WHEN p.kind = 'position' THEN
        (SELECT json_agg(json_build_object('postId', x.id, 'id', xo.id, 'name', xo.name, 'kind', xo.kind) ORDER BY x.id)
         FROM post x JOIN organization xo ON xo.id = x.organization_id
         WHERE x.aligns_with = p.id AND x.status = 'active') END AS aligned_by
      FROM post p
      JOIN participant a ON a.id = p.author_id
      JOIN organization o ON o.id = p.organization_id
      LEFT JOIN post al ON al.id = p.aligns_with
      LEFT JOIN organization alo ON alo.id = al.organization_id""";

  static final String FIND_VIEW = "SELECT " + VIEW_COLUMNS + " WHERE p.id = $1";

  static final String FIND_VIEWS = "SELECT " + VIEW_COLUMNS + " WHERE p.id = ANY ($1)";

  static final String FACTS = "SELECT p.id, p.thread_id, t.topic_id, p.kind, p.author_id, p.organization_id,"
      + " parent.author_id AS parent_author_id, p.body_markdown FROM post p JOIN thread t ON t.id = p.thread_id"
      + " LEFT JOIN post parent ON parent.id = p.parent_id WHERE p.id = $1";

  /**
   * A page of a thread: {@link #VIEW_COLUMNS}, but a post's Markdown only for its author ($4, null for an anonymous
   * reader), the only reader it is sent to (to edit it): the other readers' pages do not carry both texts of every
   * post. Keyset on the (thread_id, seq) index ($1 the thread, $2 the sequence number, $3 how many). The States a
   * position is delivered on behalf of and the statements aligned with it stay subqueries under
   * {@code CASE WHEN p.kind = 'position'}, run for the page's positions only: measured with pgbench on the small
   * dataset (2026-12-07), one set-based query over the page (a CTE of its rows) was 10-30% slower, the page's rows
   * being materialised with their text.
   */
  private static final String PAGE_COLUMNS = VIEW_COLUMNS.replace("p.body_markdown, p.body_html",
      "CASE WHEN p.author_id = $4::uuid THEN p.body_markdown END AS body_markdown, p.body_html");

  /** A page of a thread in order, after a sequence number. */
  static final String PAGE_FORWARD = "SELECT " + PAGE_COLUMNS
      + " WHERE p.thread_id = $1 AND p.seq > $2 ORDER BY p.seq LIMIT $3";

  /**
   * A thread's current positions (one per organization at most: the unique post_current_position_idx), in order,
   * hidden ones left out: what a new position may align with, however long the thread.
   */
  static final String CURRENT_POSITIONS = "SELECT " + VIEW_COLUMNS
      + " WHERE p.thread_id = $1 AND p.kind = 'position' AND p.status = 'active' AND NOT p.hidden ORDER BY p.seq";

  /** Where a post stands in its thread, to open the thread at it. */
  static final String SEQ_IN_THREAD = "SELECT seq FROM post WHERE id = $1 AND thread_id = $2";

  /** The page before a sequence number, read backwards on the same index (the last page: before = max). */
  static final String PAGE_BACKWARD = "SELECT " + PAGE_COLUMNS
      + " WHERE p.thread_id = $1 AND p.seq < $2 ORDER BY p.seq DESC LIMIT $3";

  /**
   * What the pgbench scenarios compare the page with: a plain page of 50 posts with their authors and
   * organizations on the same index (not issued by the server).
   */
  static final String PLAIN_PAGE = "SELECT p.id, p.seq, p.kind, p.language, p.body_html, p.created_at,"
      + " a.display_name, o.name, o.kind FROM post p JOIN participant a ON a.id = p.author_id"
      + " JOIN organization o ON o.id = p.organization_id WHERE p.thread_id = $1 AND p.seq > $2 ORDER BY p.seq LIMIT $3";

  /**
   * A thread's record for summaries: every post not hidden, with identities, in order. A joint statement
   * lists only the States that confirmed it: one pending or declined does not speak.
   */
  static final String TRANSCRIPT = """
      SELECT p.id, p.seq, p.kind, p.parent_id, p.author_id, a.display_name AS author_name, p.organization_id,
             o.name AS organization_name, o.kind AS organization_kind, o.regional_group, p.language, p.body_markdown,
             p.aligns_with, p.status, p.guiding_question, p.created_at,
             confirmed.ids AS on_behalf_of, confirmed.names AS on_behalf_of_names
      FROM post p JOIN participant a ON a.id = p.author_id JOIN organization o ON o.id = p.organization_id
      LEFT JOIN LATERAL (
        SELECT array_agg(s.id ORDER BY s.name) AS ids, array_agg(s.name ORDER BY s.name) AS names
        FROM post_on_behalf_of b JOIN organization s ON s.id = b.state_id
        WHERE b.post_id = p.id AND b.consent = 'confirmed') confirmed ON p.kind = 'position'
      WHERE p.thread_id = $1 AND NOT p.hidden ORDER BY p.seq""";

  static final String FIND_FOR_WRITE = "SELECT id, thread_id, kind, author_id, organization_id, status, hidden,"
      + " version, language, body_markdown, body_html, coalesce(edited_at, created_at) AS written_at, created_at"
      + " FROM post WHERE id = $1 FOR UPDATE";

  static final String BASICS = "SELECT id, thread_id, kind, organization_id, status FROM post WHERE id = $1";

  static final String STATES_AMONG = "SELECT id FROM organization WHERE id = ANY ($1) AND kind = 'state'";

  static final String MEMBERS_AMONG = "SELECT state_id FROM organization_membership"
      + " WHERE organization_id = $1 AND state_id = ANY ($2)";

  /** The States a joint statement names: the delivering State ($3, by its author $4) confirmed, the others pending. */
  static final String NAME_ON_BEHALF_OF = "INSERT INTO post_on_behalf_of (post_id, state_id, consent, decided_at, decided_by)"
      + " SELECT $1, state, CASE WHEN state = $3 THEN 'confirmed' ELSE 'pending' END,"
      + " CASE WHEN state = $3 THEN now() END, CASE WHEN state = $3 THEN $4::uuid END"
      + " FROM unnest($2::text[]) AS state";

  static final String CONSENT_FOR_UPDATE = "SELECT consent FROM post_on_behalf_of WHERE post_id = $1 AND state_id = $2"
      + " FOR UPDATE";

  static final String DECIDE_CONSENT = "UPDATE post_on_behalf_of SET consent = $3, decided_at = now(), decided_by = $4"
      + " WHERE post_id = $1 AND state_id = $2";

  /**
   * The States that confirmed a statement's earlier words, other than the delivering one ($2), are pending again:
   * they confirmed other words. Declined and departed States stay off the list.
   */
  static final String CONFIRMED_TO_PENDING = "UPDATE post_on_behalf_of SET consent = 'pending', decided_at = NULL,"
      + " decided_by = NULL WHERE post_id = $1 AND consent = 'confirmed' AND state_id <> $2 RETURNING state_id";

  /** Since midnight UTC of the transaction's day, on post_right_of_reply_idx. */
  static final String RIGHTS_OF_REPLY_TODAY = "SELECT count(*) AS used,"
      + " (date_trunc('day', now() AT TIME ZONE 'UTC') + interval '1 day') AT TIME ZONE 'UTC' AS next_day"
      + " FROM post WHERE thread_id = $1 AND organization_id = $2 AND kind = 'right-of-reply'"
      + " AND created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'";

  /** How many rights of reply the post's State made in its thread earlier on the post's own (UTC) day. */
  static final String RIGHTS_OF_REPLY_BEFORE = "SELECT count(o.id) AS before FROM post p JOIN post o"
      + " ON o.thread_id = p.thread_id AND o.organization_id = p.organization_id AND o.kind = 'right-of-reply'"
      + " AND o.seq < p.seq AND o.created_at >= date_trunc('day', p.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'"
      + " WHERE p.id = $1";

  static final String SUPERSEDE_CURRENT_POSITION = "UPDATE post SET status = 'superseded'"
      + " WHERE thread_id = $1 AND organization_id = $2 AND kind = 'position' AND status = 'active' RETURNING id";

  /**
   * The post and its event ($11 its type) in one statement: one round trip. No number yet: the post gets its seq at
   * commit ({@code post_number_at_commit}, V175). The payload is the one {@link PostService#event} would record.
   */
  static final String INSERT_WITH_EVENT = """
      WITH inserted AS (
        INSERT INTO post (thread_id, parent_id, kind, author_id, organization_id, language, body_markdown, body_html,
                          aligns_with, guiding_question)
        VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id),
      event AS (
        INSERT INTO outbox_event (type, stream, payload)
        SELECT $11, 'thread:' || $1::text, jsonb_build_object('threadId', $1::text, 'postId', id) FROM inserted)
      SELECT id FROM inserted""";

  static final String MARK_SUPERSEDED_BY = "UPDATE post SET superseded_by = $2 WHERE id = ANY ($1)";

  static final String COUNT_REPLY = "UPDATE post SET reply_count = reply_count + 1 WHERE id = $1";

  static final String KEEP_VERSION = "INSERT INTO post_version (post_id, version, language, body_markdown, body_html,"
      + " written_at) VALUES ($1, $2, $3, $4, $5, $6)";

  static final String EDIT = "UPDATE post SET language = $2, body_markdown = $3, body_html = $4,"
      + " version = version + 1, edited_at = now() WHERE id = $1";

  static final String VERSIONS = "SELECT version, language, body_html, written_at FROM post_version WHERE post_id = $1"
      + " UNION ALL SELECT version, language, body_html, coalesce(edited_at, created_at) FROM post WHERE id = $1"
      + " ORDER BY version";

  static final String WITHDRAW = "UPDATE post SET status = 'withdrawn', withdrawn_at = now(), withdrawal_reason = $2"
      + " WHERE id = $1";

  static final String HIDE = "UPDATE post SET hidden = true, hidden_reason = $2, hidden_at = now(), hidden_by = $3"
      + " WHERE id = $1";

  static final String RESTORE = "UPDATE post SET hidden = false, hidden_reason = NULL, hidden_at = NULL,"
      + " hidden_by = NULL WHERE id = $1";

  // An organization's positions, for its profile ($1 the organization)

  /** The positions an organization speaks in: its own, and the joint statements naming it that it confirmed. */
  private static final String SPOKEN_BY = "WITH spoken AS (SELECT id FROM post WHERE organization_id = $1"
      + " AND kind = 'position' UNION SELECT post_id FROM post_on_behalf_of WHERE state_id = $1"
      + " AND consent = 'confirmed')";

  /**
   * What a reader may see of those ($2 the audiences they read, $3 whether they see behind the Chatham House
   * Rule, $4 who they are: Reader#seesIdentity's terms), never a hidden post.
   */
  private static final String SEEN = " NOT p.hidden AND t.audience = ANY ($2)"
      + " AND (NOT t.chatham_house OR $3 OR p.author_id = $4::uuid)";

  /**
   * A page of the threads it spoke in, the most recent first; keyset on (its latest position, the thread's id as
   * text). $5 a topic, $6 a norm tag, $7-$8 the days its positions were delivered in.
   */
  static final String THREADS_SPOKEN_IN = SPOKEN_BY + " SELECT p.thread_id, max(p.created_at) AS latest_at"
      + " FROM spoken JOIN post p ON p.id = spoken.id JOIN thread t ON t.id = p.thread_id WHERE" + SEEN
      + " AND ($5::text IS NULL OR t.topic_id = $5) AND ($6::text IS NULL OR t.tags @> ARRAY[$6::text])"
      + " AND ($7::timestamptz IS NULL OR p.created_at >= $7) AND ($8::timestamptz IS NULL OR p.created_at < $8)"
      + " GROUP BY p.thread_id"
      + " HAVING ($9::timestamptz IS NULL OR (max(p.created_at), p.thread_id::text) < ($9, $10::text))"
      + " ORDER BY latest_at DESC, p.thread_id::text DESC LIMIT $11";

  /** Its positions in those threads ($5), the newest $6 of each thread, newest first. */
  static final String POSITIONS_IN_THREADS = SPOKEN_BY + " SELECT * FROM (SELECT row_number() OVER"
      + " (PARTITION BY p.thread_id ORDER BY p.created_at DESC, p.id DESC) AS nth, " + VIEW_COLUMNS
      + " JOIN spoken ON spoken.id = p.id JOIN thread t ON t.id = p.thread_id"
      + " WHERE p.thread_id = ANY ($5) AND" + SEEN + ") positions WHERE nth <= $6 ORDER BY created_at DESC, id DESC";
}
