package org.plenary.notifications;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Participants;

/**
 * The daily digest: for each participant who wants it and has an address, the day's notifications (UTC)
 * as they may see them, rendered as text and HTML into the e-mail outbox. Composing a day twice, on one
 * instance or several, queues each digest once.
 */
final class DigestComposer {

  private final Pool pool;
  private final Participants participants;
  private final NotificationViews views;
  private final DigestRenderer renderer;

  DigestComposer(Pool pool, Participants participants, NotificationViews views, DigestRenderer renderer) {
    this.pool = pool;
    this.participants = participants;
    this.views = views;
    this.renderer = renderer;
  }

  /** Queues the digests of {@code day}; returns how many were queued now. */
  Future<Integer> compose(LocalDate day) {
    Tuple window = Tuple.of(day.atStartOfDay().atOffset(ZoneOffset.UTC),
        day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC), day);
    return pool.preparedQuery(NotificationQueries.DIGEST_DUE).execute(window).compose(rows -> {
      Map<UUID, List<Notification>> byParticipant = new LinkedHashMap<>();
      Map<UUID, String> addresses = new LinkedHashMap<>();
      for (Row row : rows) {
        UUID id = row.getUUID("participant_id");
        byParticipant.computeIfAbsent(id, k -> new ArrayList<>()).add(Notification.fromRow(row));
        addresses.put(id, row.getString("email"));
      }
      if (byParticipant.isEmpty()) {
        return Future.succeededFuture(0);
      }
      return participants.byIds(byParticipant.keySet()).compose(known -> {
        Future<Integer> queued = Future.succeededFuture(0);
        for (Map.Entry<UUID, List<Notification>> entry : byParticipant.entrySet()) {
          Participant participant = known.get(entry.getKey());
          queued = queued.compose(count -> queue(participant, addresses.get(entry.getKey()), day, entry.getValue())
              .map(added -> count + added));
        }
        return queued;
      });
    });
  }

  private Future<Integer> queue(Participant participant, String address, LocalDate day, List<Notification> notifications) {
    return views.render(notifications, participant).compose(shown -> {
      if (shown.isEmpty()) {
        return Future.succeededFuture(0);
      }
      DigestRenderer.Email email = renderer.render(participant, day, shown);
      return pool.preparedQuery(NotificationQueries.QUEUE_DIGEST)
          .execute(Tuple.of(participant.id(), day, address, email.subject(), email.text(), email.html()))
          .map(result -> result.rowCount());
    });
  }
}
