package org.plenary.live;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenary.notifications.api.NotificationJson;
import org.plenary.notifications.api.NotificationsAccess;
import org.plenary.platform.events.OutboxEvent;
import org.plenary.platform.identity.Participant;

/** Events of {@code participant:<id>} streams: one's own notifications, with the unread count. */
final class NotificationEventRenderer implements EventRenderer {

  private final NotificationsAccess notifications;

  NotificationEventRenderer(NotificationsAccess notifications) {
    this.notifications = notifications;
  }

  @Override
  public boolean handles(String stream) {
    return stream.startsWith("participant:");
  }

  @Override
  public Future<List<Rendered>> render(OutboxEvent event, List<Optional<Participant>> readers) {
    List<Future<Rendered>> each = new ArrayList<>();
    for (Optional<Participant> reader : readers) {
      each.add(reader.filter(p -> event.stream().equals("participant:" + p.id()))
          .map(p -> notifications.asEvent(event, p)
              .map(data -> data.<Rendered>map(created -> new Rendered.Send(event.type(),
                      NotificationJson.event(created).encode()))
                  .orElse(Rendered.SKIP)))
          .orElse(Future.succeededFuture(Rendered.SKIP)));
    }
    return Future.all(each).map(done -> each.stream().map(Future::result).toList());
  }

  /** One's own notifications stay open to one; each is checked against the reader's rights when shown. */
  @Override
  public Future<List<Rendered>> access(String stream, List<Optional<Participant>> readers) {
    return Future.succeededFuture(readers.stream().map(reader -> Rendered.SKIP).toList());
  }
}
