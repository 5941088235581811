package org.plenary.drafts.contributions;

import static org.plenary.platform.database.Columns.instantOrNull;

import io.vertx.sqlclient.Row;

/** Rows of the comment and amendment queries as the context's records; only {@link ContributionStore} reads rows. */
final class Rows {

  private Rows() {
  }

  /** A row of {@code FIND_COMMENT} or {@code COMMENT_PAGE}. */
  static Comment comment(Row row) {
    return new Comment(row.getLong("id"), row.getUUID("paragraph_id"), row.getInteger("version_number"),
        row.getInteger("revision"), row.getString("body"), instantOrNull(row, "created_at"), contributor(row));
  }

  /** A row of {@code FIND_AMENDMENT}, {@code AMENDMENT_PAGE} or {@code DRAFT_AMENDMENT_PAGE}. */
  static Amendment amendment(Row row) {
    return new Amendment(row.getLong("id"), row.getUUID("paragraph_id"), row.getInteger("version_number"),
        row.getInteger("revision"), row.getString("proposed_text"), row.getString("explanation"),
        row.getString("status"), instantOrNull(row, "created_at"), instantOrNull(row, "withdrawn_at"),
        row.getInteger("decided_in_version"), instantOrNull(row, "decided_at"), row.getString("incorporation"),
        contributor(row));
  }

  /** A row of {@code LOCK_AMENDMENT}. */
  static LockedAmendment locked(Row row) {
    return new LockedAmendment(row.getLong("id"), row.getUUID("paragraph_id"), row.getUUID("author_id"),
        row.getString("organization_id"), row.getString("status"), row.getInteger("decided_in_version"));
  }

  private static Contributor contributor(Row row) {
    return new Contributor(row.getUUID("author_id"), row.getString("author_name"), row.getString("organization_id"),
        row.getString("organization_name"), row.getString("organization_kind"));
  }

  /** Null when the column is. */
}
