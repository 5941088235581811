package org.plenary.notifications;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.notifications.api.NotificationDetails;
import org.plenary.notifications.api.NotificationJson;

/** Watches and notifications in PostgreSQL. */
final class NotificationStore {

  /** A new notification for each recipient, for the reason that applies to them. */
  record Batch(Map<UUID, String> reasons, String eventType, long eventPosition, UUID threadId, Long postId,
               NotificationDetails details) {
  }

  /** A notification just inserted: its id and recipient. */
  record Inserted(long id, UUID participantId) {
  }

  private final Pool pool;

  NotificationStore(Pool pool) {
    this.pool = pool;
  }

  Future<Void> watch(UUID participantId, String type, String id) {
    return watch(pool, participantId, type, id);
  }

  Future<Void> watch(SqlClient client, UUID participantId, String type, String id) {
    return client.preparedQuery(NotificationQueries.WATCH).execute(Tuple.of(participantId, type, id)).mapEmpty();
  }

  Future<Void> unwatch(UUID participantId, String type, String id) {
    return pool.preparedQuery(NotificationQueries.UNWATCH).execute(Tuple.of(participantId, type, id)).mapEmpty();
  }

  Future<List<Watch>> watches(UUID participantId) {
    return pool.preparedQuery(NotificationQueries.MY_WATCHES).execute(Tuple.of(participantId)).map(rows -> {
      List<Watch> watches = new ArrayList<>();
      rows.forEach(row -> watches.add(Rows.watch(row)));
      return watches;
    });
  }

  /** Watchers of a thread and of its topic: "thread" wins for those who watch both. */
  Future<Map<UUID, String>> watchers(SqlClient client, UUID threadId, String topicId) {
    return client.preparedQuery(NotificationQueries.WATCHERS).execute(Tuple.of(threadId.toString(), topicId))
        .map(rows -> {
          Map<UUID, String> watchers = new LinkedHashMap<>();
          rows.forEach(row -> watchers.merge(row.getUUID("participant_id"), row.getString("target_type"),
              (a, b) -> "thread".equals(a) ? a : b));
          return watchers;
        });
  }

  /** Inserts the batch; returns each new notification's id and recipient. */
  Future<List<Inserted>> insert(SqlClient client, Batch batch) {
    if (batch.reasons().isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return client.preparedQuery(NotificationQueries.INSERT).execute(Tuple.tuple()
            .addArrayOfUUID(batch.reasons().keySet().toArray(UUID[]::new))
            .addArrayOfString(batch.reasons().values().toArray(String[]::new))
            .addString(batch.eventType()).addLong(batch.eventPosition()).addUUID(batch.threadId())
            .addLong(batch.postId()).addJsonObject(NotificationJson.details(batch.details())))
        .map(rows -> {
          List<Inserted> inserted = new ArrayList<>();
          rows.forEach(row -> inserted.add(Rows.inserted(row)));
          return inserted;
        });
  }

  Future<List<Notification>> page(UUID participantId, Long beforeId, boolean unreadOnly, int limit) {
    return pool.preparedQuery(NotificationQueries.PAGE).execute(Tuple.of(participantId, beforeId, unreadOnly, limit))
        .map(rows -> {
          List<Notification> page = new ArrayList<>();
          rows.forEach(row -> page.add(Rows.notification(row)));
          return page;
        });
  }

  Future<Optional<Notification>> find(long id, UUID participantId) {
    return pool.preparedQuery(NotificationQueries.ONE).execute(Tuple.of(id, participantId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Rows.notification(rows.iterator().next())));
  }

  Future<Long> unread(UUID participantId) {
    return pool.preparedQuery(NotificationQueries.UNREAD).execute(Tuple.of(participantId))
        .map(rows -> rows.iterator().next().getLong("unread"));
  }

  Future<Integer> markRead(UUID participantId, List<Long> ids, Long through) {
    return pool.preparedQuery(NotificationQueries.MARK_READ)
        .execute(Tuple.of(participantId, ids.toArray(Long[]::new), through)).map(rows -> rows.rowCount());
  }
}
