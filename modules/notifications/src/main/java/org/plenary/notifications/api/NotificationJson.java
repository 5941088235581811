package org.plenary.notifications.api;

import io.vertx.core.json.JsonObject;
import org.plenary.forum.api.ForumJson;
import java.util.LinkedHashMap;

/** Notifications as JSON: as GET /me/notifications lists them, and as a participant's event stream sends them. */
public final class NotificationJson {

  private NotificationJson() {
  }

  /** {@code {type, notification, unreadCount}}, the data of a {@code notification.created} stream event. */
  public static JsonObject event(NotificationCreated created) {
    return new JsonObject().put("type", created.type()).put("notification", notification(created.notification()))
        .put("unreadCount", created.unreadCount());
  }

  public static JsonObject notification(ShownNotification n) {
    JsonObject json = new JsonObject().put("id", n.id()).put("reason", n.reason()).put("type", n.type())
        .put("createdAt", n.createdAt().toString()).put("read", n.read()).put("details", details(n.details()));
    n.thread().ifPresent(thread -> json.put("thread", new JsonObject().put("id", thread.id().toString())
        .put("title", thread.title()).put("topicId", thread.topicId())));
    n.post().ifPresent(post -> json.put("post", ForumJson.post(post)));
    return json;
  }

  /** A copy: whoever renders it may add to it without changing the record. */
  public static JsonObject details(NotificationDetails details) {
    return new JsonObject(new LinkedHashMap<>(details.fields()));
  }
}
