package org.plenary.contacts.store;

/** The SQL of the directory's entries. */
final class DirectoryQueries {

  private static final String ENTRY = "SELECT o.id AS state_id, o.name AS state_name, o.regional_group,"
      + " coalesce(v.version, 0) AS version, v.contacts, coalesce(v.members_may_read, false) AS members_may_read,"
      + " v.saved_by_name, v.saved_at FROM organization o"
      + " LEFT JOIN contact_entry e ON e.state_id = o.id"
      + " LEFT JOIN contact_version v ON v.state_id = e.state_id AND v.version = e.latest_version";

  /** A State's latest entry (version 0 when it nominated nobody yet). */
  static final String FIND = ENTRY + " WHERE o.id = $1 AND o.kind = 'state'";

  /** Every State that nominated someone, by name. */
  static final String LIST = ENTRY + " WHERE o.kind = 'state' AND e.state_id IS NOT NULL ORDER BY o.name, o.id";

  static final String VERSION = "SELECT o.id AS state_id, o.name AS state_name, o.regional_group, v.version,"
      + " v.contacts, v.members_may_read, v.saved_by_name, v.saved_at FROM contact_version v"
      + " JOIN organization o ON o.id = v.state_id WHERE v.state_id = $1 AND v.version = $2";

  static final String HISTORY = "SELECT o.id AS state_id, o.name AS state_name, o.regional_group, v.version,"
      + " v.contacts, v.members_may_read, v.saved_by_name, v.saved_at FROM contact_version v"
      + " JOIN organization o ON o.id = v.state_id WHERE v.state_id = $1 ORDER BY v.version DESC";

  static final String LOCK = "SELECT latest_version FROM contact_entry WHERE state_id = $1 FOR UPDATE";

  static final String INSERT_ENTRY = "INSERT INTO contact_entry (state_id, latest_version, updated_at)"
      + " VALUES ($1, 1, $2) ON CONFLICT (state_id) DO NOTHING";

  static final String SET_LATEST = "UPDATE contact_entry SET latest_version = $2, updated_at = $3 WHERE state_id = $1";

  static final String INSERT_VERSION = "INSERT INTO contact_version (state_id, version, contacts, members_may_read,"
      + " saved_by, saved_by_name, saved_at) VALUES ($1, $2, $3, $4, $5, $6, $7)";

  private DirectoryQueries() {
  }
}
