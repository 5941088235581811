package org.plenary.forum.threads;

import static org.plenary.platform.database.Columns.instant;
import static org.plenary.platform.database.Columns.optionalInstant;

import io.vertx.sqlclient.Row;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.wire.WireEnum;

/** Rows of the threads' queries as records. */
final class Rows {

  private Rows() {
  }

  /** A row of {@code ThreadStore.HEAD}. */
  static ThreadHead head(UUID id, Row row) {
    return new ThreadHead(id, WireEnum.parse(Audience.class, row.getString("audience")), row.getBoolean("chatham_house"),
        row.getInteger("post_count"), row.getLong("position"));
  }

  /** A row of {@code ThreadStore.COLUMNS}. */
  static ForumThread thread(Row row) {
    return new ForumThread(
        row.getUUID("id"),
        row.getString("topic_id"),
        WireEnum.parse(ThreadKind.class, row.getString("kind")),
        WireEnum.parse(Audience.class, row.getString("audience")),
        WireEnum.parse(ThreadStatus.class, row.getString("status")),
        Optional.ofNullable(row.getString("status_reason")),
        optionalInstant(row, "status_changed_at"),
        row.getString("title"),
        row.getString("body_markdown"),
        row.getString("body_html"),
        row.getString("language"),
        optionalInstant(row, "opens_at"),
        optionalInstant(row, "closes_at"),
        row.getJsonArray("guiding_questions").stream().map(String::valueOf).toList(),
        row.getBoolean("chatham_house"),
        List.of(row.getArrayOfStrings("tags")),
        row.getUUID("author_id"),
        row.getString("author_name"),
        row.getString("organization_id"),
        row.getString("organization_name"),
        OrganizationKind.fromWire(row.getString("organization_kind")),
        row.getInteger("post_count"),
        instant(row, "created_at"),
        instant(row, "updated_at"),
        instant(row, "last_activity_at"));
  }
}
