package org.plenary.notifications;

/** The SQL of notifications, named by intent. */
final class NotificationQueries {

  private NotificationQueries() {
  }

  static final String WATCH = "INSERT INTO watch (participant_id, target_type, target_id) VALUES ($1, $2, $3)"
      + " ON CONFLICT DO NOTHING";

  static final String UNWATCH = "DELETE FROM watch WHERE participant_id = $1 AND target_type = $2 AND target_id = $3";

  static final String MY_WATCHES = "SELECT target_type, target_id, created_at FROM watch WHERE participant_id = $1"
      + " ORDER BY created_at DESC, target_id LIMIT 1000";

  static final String WATCHERS = "SELECT participant_id, target_type FROM watch"
      + " WHERE (target_type = 'thread' AND target_id = $1) OR (target_type = 'topic' AND target_id = $2)";

  /** One row per recipient; a participant already told of this event is not told twice. */
  static final String INSERT = """
      INSERT INTO notification (participant_id, reason, event_type, event_position, thread_id, post_id, details)
      SELECT r.participant_id, r.reason, $3, $4, $5, $6, $7
      FROM unnest($1::uuid[], $2::text[]) AS r (participant_id, reason)
      ON CONFLICT (participant_id, event_position) DO NOTHING
      RETURNING id, participant_id""";

  static final String COLUMNS = "SELECT id, reason, event_type, thread_id, post_id, details, created_at, read_at"
      + " FROM notification ";

  /** Newest first, keyset on id; $3 true for unread ones only. */
  static final String PAGE = COLUMNS + "WHERE participant_id = $1 AND ($2::bigint IS NULL OR id < $2)"
      + " AND (NOT $3 OR read_at IS NULL) ORDER BY id DESC LIMIT $4";

  static final String ONE = COLUMNS + "WHERE id = $1 AND participant_id = $2";

  static final String UNREAD = "SELECT count(*) AS unread FROM notification WHERE participant_id = $1 AND read_at IS NULL";

  static final String MARK_READ = "UPDATE notification SET read_at = now() WHERE participant_id = $1 AND read_at IS NULL"
      + " AND (id = ANY ($2) OR id <= $3)";

  /**
   * Taken by the instance that composes a page of a day's digests ($1: the day's number), until its
   * transaction ends: one instance at a time composes a given day.
   */
  static final String DIGEST_LOCK = "SELECT pg_try_advisory_xact_lock(720107, $1) AS locked";

  /**
   * A page of those due the digest of a day ($1..$2, $3 the day): who want it, have an address, were told of
   * something that day and have not had that day's digest yet; keyset on the participant's id after $4, $5
   * at most.
   */
  static final String DIGEST_DUE = """
      SELECT p.id, p.email, p.language FROM participant p
      WHERE p.email_digest AND p.email IS NOT NULL AND ($4::uuid IS NULL OR p.id > $4)
        AND EXISTS (SELECT 1 FROM notification n WHERE n.participant_id = p.id
                    AND n.created_at >= $1 AND n.created_at < $2)
        AND NOT EXISTS (SELECT 1 FROM email_outbox e WHERE e.participant_id = p.id AND e.kind = 'digest'
                        AND e.digest_date = $3)
      ORDER BY p.id LIMIT $5""";

  /** The notifications of a day ($2..$3) of each of these participants ($1), the first $4 of each. */
  static final String DIGEST_NOTIFICATIONS = """
      SELECT d.participant_id, n.id, n.reason, n.event_type, n.thread_id, n.post_id, n.details, n.created_at,
        n.read_at
      FROM unnest($1::uuid[]) AS d (participant_id)
      CROSS JOIN LATERAL (SELECT x.* FROM notification x WHERE x.participant_id = d.participant_id
                          AND x.created_at >= $2 AND x.created_at < $3 ORDER BY x.created_at, x.id LIMIT $4) n
      ORDER BY d.participant_id, n.created_at, n.id""";

  static final String QUEUE_DIGEST = "INSERT INTO email_outbox (participant_id, kind, digest_date, to_address, subject,"
      + " text_body, html_body) VALUES ($1, 'digest', $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING";

  static final String CLAIM_UNSENT = "SELECT id, to_address, subject, text_body, html_body FROM email_outbox"
      + " WHERE sent_at IS NULL AND attempts < 5 ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED";

  static final String MARK_SENT = "UPDATE email_outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = $1";

  static final String MARK_FAILED = "UPDATE email_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1";
}
