package org.plenary.sessions.speakers;

/** The SQL of speakers lists, by intent. */
final class SpeakersQueries {

  static final String GROUPS = "SELECT id, name, regional_group, speaker_id FROM speaking_groups ORDER BY name";

  static final String GROUP = "SELECT id, name, regional_group, speaker_id FROM speaking_groups WHERE id = $1";

  private static final String LIST_COLUMNS = "SELECT id, session_id, agenda_item_id, meeting_id, national_seconds,"
      + " group_seconds, first_reply_seconds, second_reply_seconds, version FROM speakers_lists";

  static final String LIST_OF_ITEM = LIST_COLUMNS
      + " WHERE agenda_item_id = $1 AND meeting_id IS NOT DISTINCT FROM $2";

  static final String LIST_BY_ID = LIST_COLUMNS + " WHERE id = $1";

  static final String LOCK_LIST = LIST_BY_ID + " FOR UPDATE";

  /** Makes the list of an item (and meeting) on its first use; a list made meanwhile by another is kept. */
  static final String ENSURE_LIST = "INSERT INTO speakers_lists (session_id, agenda_item_id, meeting_id)"
      + " VALUES ($1, $2, $3)"
      + " ON CONFLICT (agenda_item_id, coalesce(meeting_id, '00000000-0000-0000-0000-000000000000')) DO NOTHING";

  static final String LOCK_LIST_OF_ITEM = LIST_OF_ITEM + " FOR UPDATE";

  static final String ENTRIES = "SELECT e.id, e.list_id, e.organization_id, o.name AS organization_name,"
      + " o.kind AS organization_kind, e.on_behalf_of, g.name AS group_name, g.regional_group AS group_region,"
      + " g.speaker_id AS group_speaker, e.category, e.kind, e.reply_number, e.sequence, e.inscribed_at, e.status,"
      + " e.moved_to, e.move_reason, e.moved_at"
      + " FROM speakers_entries e JOIN organization o ON o.id = e.organization_id"
      + " LEFT JOIN speaking_groups g ON g.id = e.on_behalf_of"
      + " WHERE e.list_id = $1 AND e.status <> 'withdrawn' ORDER BY e.sequence";

  static final String LIST_OF_ENTRY = "SELECT list_id FROM speakers_entries WHERE id = $1";

  static final String INSERT_ENTRY = "INSERT INTO speakers_entries (list_id, agenda_item_id, organization_id,"
      + " on_behalf_of, category, kind, reply_number, inscribed_by, inscribed_at)"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";

  static final String REPLIES_UNDER_ITEM = "SELECT count(*) AS replies FROM speakers_entries"
      + " WHERE agenda_item_id = $1 AND organization_id = $2 AND kind = 'right-of-reply' AND status <> 'withdrawn'";

  static final String SET_STATUS = "UPDATE speakers_entries SET status = $2, status_at = $3 WHERE id = $1";

  static final String MOVE = "UPDATE speakers_entries SET moved_to = $2, move_reason = $3, moved_by = $4,"
      + " moved_at = $5 WHERE id = $1";

  static final String SET_LIMITS = "UPDATE speakers_lists SET national_seconds = $2, group_seconds = $3,"
      + " first_reply_seconds = $4, second_reply_seconds = $5 WHERE id = $1";

  static final String BUMP = "UPDATE speakers_lists SET version = version + 1, updated_at = $2 WHERE id = $1"
      + " RETURNING version";

  /** Whether the meeting is one of the session's and takes up the item. */
  static final String MEETING_TAKES_UP = "SELECT EXISTS (SELECT 1 FROM meetings WHERE id = $1 AND session_id = $2"
      + " AND $3 = ANY(agenda_items)) AS takes_up";

  private SpeakersQueries() {
  }
}
