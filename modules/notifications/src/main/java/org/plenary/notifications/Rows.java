package org.plenary.notifications;

import io.vertx.sqlclient.Row;
import java.util.Optional;
import org.plenary.notifications.api.NotificationDetails;
import org.plenary.platform.database.Columns;

/** Rows of the notification queries as records. */
final class Rows {

  private Rows() {
  }

  static Notification notification(Row row) {
    return new Notification(row.getLong("id"), row.getString("reason"), row.getString("event_type"),
        Optional.ofNullable(row.getUUID("thread_id")), Optional.ofNullable(row.getLong("post_id")),
        new NotificationDetails(row.getJsonObject("details").getMap()), Columns.instant(row, "created_at"),
        row.getOffsetDateTime("read_at") != null);
  }

  static Watch watch(Row row) {
    return new Watch(row.getString("target_type"), row.getString("target_id"), Columns.instant(row, "created_at"));
  }

  static NotificationStore.Inserted inserted(Row row) {
    return new NotificationStore.Inserted(row.getLong("id"), row.getUUID("participant_id"));
  }
}
