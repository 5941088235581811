package org.plenary.drafts.contributions;

import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Rows of the comment and amendment queries as the context's records; only {@link ContributionStore} reads rows. */
final class Rows {

  private Rows() {
  }

  /** A row of {@code FIND_COMMENT} or {@code COMMENT_PAGE}. */
  static Comment comment(Row row) {
    return new Comment(row.getLong("id"), row.getUUID("paragraph_id"), row.getInteger("version_number"),
        row.getInteger("revision"), row.getString("body"), instant(row, "created_at"), contributor(row));
  }

  /** A row of {@code FIND_AMENDMENT}, {@code AMENDMENT_PAGE} or {@code DRAFT_AMENDMENT_PAGE}. */
  static Amendment amendment(Row row) {
    return new Amendment(row.getLong("id"), row.getUUID("paragraph_id"), row.getInteger("version_number"),
        row.getInteger("revision"), row.getString("proposed_text"), row.getString("explanation"),
        row.getString("status"), instant(row, "created_at"), instant(row, "withdrawn_at"),
        row.getInteger("decided_in_version"), instant(row, "decided_at"), row.getString("incorporation"),
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
  private static Instant instant(Row row, String column) {
    OffsetDateTime at = row.getOffsetDateTime(column);
    return at == null ? null : at.toInstant();
  }
}
