package org.plenary.notifications;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Participants;

/**
 * The daily digest: for each participant who wants it and has an address, the day's notifications (UTC)
 * as they may see them, rendered as text and HTML into the e-mail outbox.
 *
 * <p>The work is bounded: participants are taken {@link #PAGE} at a time in id order (keyset), each page
 * in one transaction, and a digest lists a participant's first {@link #ITEMS} notifications of the day. A
 * page is composed under an advisory lock for its day, so one instance at a time composes a day's digests;
 * another that finds it taken leaves the day to it (the hourly run catches up whatever is left). Inside the
 * lock the page's participants are those without that day's digest, and the outbox keeps one digest per
 * participant and day in any case: composing a day twice, on one instance or several, queues each once.
 */
final class DigestComposer {

  static final int PAGE = 100;
  static final int ITEMS = 200;

  /** A participant whose digest is due, where to send it, and in which language (their account's, else English). */
  private record Due(UUID participantId, String address, Language language) {
  }

  /** What one page did: digests queued, the last participant looked at, and whether there may be more. */
  private record Page(int queued, UUID last, boolean more) {
  }

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
    return pages(day, null, 0);
  }

  private Future<Integer> pages(LocalDate day, UUID after, int queuedSoFar) {
    return pool.withTransaction(tx -> page(tx, day, after)).compose(page -> page.more()
        ? pages(day, page.last(), queuedSoFar + page.queued())
        : Future.succeededFuture(queuedSoFar + page.queued()));
  }

  private Future<Page> page(SqlConnection tx, LocalDate day, UUID after) {
    OffsetDateTime from = day.atStartOfDay().atOffset(ZoneOffset.UTC);
    OffsetDateTime to = day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    return tx.preparedQuery(NotificationQueries.DIGEST_LOCK).execute(Tuple.of((int) day.toEpochDay()))
        .compose(lock -> !lock.iterator().next().getBoolean("locked") ? Future.succeededFuture(new Page(0, after, false))
            : tx.preparedQuery(NotificationQueries.DIGEST_DUE).execute(Tuple.of(from, to, day, after, PAGE))
                .compose(rows -> {
                  List<Due> due = new ArrayList<>();
                  rows.forEach(row -> due.add(new Due(row.getUUID("id"), row.getString("email"),
                      Language.of(row.getString("language")).orElse(Language.EN))));
                  return due.isEmpty() ? Future.succeededFuture(new Page(0, after, false))
                      : queueAll(tx, day, from, to, due)
                          .map(queued -> new Page(queued, due.get(due.size() - 1).participantId(), due.size() == PAGE));
                }));
  }

  private Future<Integer> queueAll(SqlConnection tx, LocalDate day, OffsetDateTime from, OffsetDateTime to,
                                   List<Due> due) {
    UUID[] ids = due.stream().map(Due::participantId).toArray(UUID[]::new);
    Future<Map<UUID, List<Notification>>> notifications = tx.preparedQuery(NotificationQueries.DIGEST_NOTIFICATIONS)
        .execute(Tuple.of(ids, from, to, ITEMS + 1)).map(rows -> {
          Map<UUID, List<Notification>> byParticipant = new LinkedHashMap<>();
          for (Row row : rows) {
            byParticipant.computeIfAbsent(row.getUUID("participant_id"), k -> new ArrayList<>()).add(Rows.notification(row));
          }
          return byParticipant;
        });
    return Future.all(notifications, participants.byIds(List.of(ids))).compose(both -> {
      Map<UUID, List<Notification>> byParticipant = notifications.result();
      Map<UUID, Participant> known = both.resultAt(1);
      Future<Integer> queued = Future.succeededFuture(0);
      for (Due each : due) {
        Participant participant = known.get(each.participantId());
        List<Notification> ofDay = byParticipant.getOrDefault(each.participantId(), List.of());
        if (participant == null || ofDay.isEmpty()) {
          continue;
        }
        queued = queued.compose(count -> queue(tx, participant, each, day, ofDay).map(added -> count + added));
      }
      return queued;
    });
  }

  private Future<Integer> queue(SqlConnection tx, Participant participant, Due due, LocalDate day,
                                List<Notification> ofDay) {
    boolean more = ofDay.size() > ITEMS;
    return views.render(more ? ofDay.subList(0, ITEMS) : ofDay, participant).compose(shown -> {
      if (shown.isEmpty()) {
        return Future.succeededFuture(0);
      }
      DigestRenderer.Email email = renderer.render(participant, due.language(), day, shown, more);
      return tx.preparedQuery(NotificationQueries.QUEUE_DIGEST)
          .execute(Tuple.of(participant.id(), day, due.address(), email.subject(), email.text(), email.html()))
          .map(result -> result.rowCount());
    });
  }
}
