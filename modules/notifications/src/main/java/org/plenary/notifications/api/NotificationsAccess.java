package org.plenary.notifications.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.plenary.platform.identity.Participant;

/** Notifications as other bounded contexts (the live event stream) may use them. */
public interface NotificationsAccess {

  /**
   * The data of a {@code participant:<id>} stream event for its participant: for
   * {@code notification.created}, {@code {type, notification, unreadCount}} with the notification as
   * GET /me/notifications lists it; empty when there is nothing the reader may see.
   */
  Future<Optional<JsonObject>> asEvent(String type, JsonObject payload, Participant reader);
}
