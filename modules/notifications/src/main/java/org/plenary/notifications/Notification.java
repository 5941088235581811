package org.plenary.notifications;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A stored notification; what it says is rendered for its reader when shown (NotificationViews). */
record Notification(long id, String reason, String eventType, Optional<UUID> threadId, Optional<Long> postId,
                    JsonObject details, Instant createdAt, boolean read) {

  static Notification fromRow(Row row) {
    OffsetDateTime readAt = row.getOffsetDateTime("read_at");
    return new Notification(row.getLong("id"), row.getString("reason"), row.getString("event_type"),
        Optional.ofNullable(row.getUUID("thread_id")), Optional.ofNullable(row.getLong("post_id")),
        row.getJsonObject("details"), row.getOffsetDateTime("created_at").toInstant(), readAt != null);
  }
}
