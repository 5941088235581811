package org.plenary.notifications.api;

import io.vertx.core.Future;
import java.util.Optional;
import org.plenary.platform.events.OutboxEvent;
import org.plenary.platform.identity.Participant;

/** Notifications as other bounded contexts (the live event stream) may use them. */
public interface NotificationsAccess {

  /**
   * A {@code participant:<id>} stream event for its participant: for {@code notification.created}, the
   * notification as GET /me/notifications lists it, with their unread count ({@link NotificationJson#event}
   * renders it); empty when there is nothing the reader may see.
   */
  Future<Optional<NotificationCreated>> asEvent(OutboxEvent event, Participant reader);
}
