package org.plenary.notifications;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.forum.api.ForumAccess;
import org.plenary.forum.api.PostAsSeen;
import org.plenary.forum.api.ThreadAsSeen;
import org.plenary.notifications.api.NotificationCreated;
import org.plenary.notifications.api.NotificationEvents;
import org.plenary.notifications.api.NotificationsAccess;
import org.plenary.notifications.api.ShownNotification;
import org.plenary.notifications.api.ShownNotification.ThreadHeading;
import org.plenary.platform.events.OutboxEvent;
import org.plenary.platform.identity.Participant;

/**
 * Notifications as their reader sees them now: the post and thread exactly as the forum's API would show
 * them (two reads for a whole page). One whose thread the reader may no longer read is left out.
 */
final class NotificationViews implements NotificationsAccess {

  private final ForumAccess forum;
  private final NotificationStore store;

  NotificationViews(ForumAccess forum, NotificationStore store) {
    this.forum = forum;
    this.store = store;
  }

  Future<List<ShownNotification>> render(List<Notification> notifications, Participant reader) {
    Set<UUID> threadIds = notifications.stream().flatMap(n -> n.threadId().stream()).collect(Collectors.toSet());
    Set<Long> postIds = notifications.stream().flatMap(n -> n.postId().stream()).collect(Collectors.toSet());
    Future<Map<UUID, ThreadAsSeen>> threads = threadIds.isEmpty() ? Future.succeededFuture(Map.of())
        : forum.threadsAsSeenBy(threadIds, Optional.of(reader));
    Future<Map<Long, PostAsSeen>> posts = postIds.isEmpty() ? Future.succeededFuture(Map.of())
        : forum.postsAsSeenBy(postIds, Optional.of(reader));
    return Future.all(threads, posts).map(both -> {
      List<ShownNotification> shown = new ArrayList<>();
      for (Notification n : notifications) {
        ThreadAsSeen thread = n.threadId().map(id -> threads.result().get(id)).orElse(null);
        PostAsSeen post = n.postId().map(id -> posts.result().get(id)).orElse(null);
        if ((n.threadId().isPresent() && thread == null) || (n.postId().isPresent() && post == null)) {
          continue;
        }
        shown.add(new ShownNotification(n.id(), n.reason(), n.eventType(), n.createdAt(), n.read(), n.details(),
            Optional.ofNullable(thread).map(NotificationViews::heading), Optional.ofNullable(post)));
      }
      return shown;
    });
  }

  /** What a notification names of its thread, as the forum shows the thread to the reader. */
  private static ThreadHeading heading(ThreadAsSeen thread) {
    return new ThreadHeading(thread.id(), thread.title(), thread.topicId());
  }

  @Override
  public Future<Optional<NotificationCreated>> asEvent(OutboxEvent event, Participant reader) {
    Long id = event.payload().getLong("notificationId");
    if (!event.is(NotificationEvents.CREATED) || id == null) {
      return Future.succeededFuture(Optional.empty());
    }
    return store.find(id, reader.id()).compose(found -> found.isEmpty() ? Future.succeededFuture(Optional.empty())
        : render(List.of(found.get()), reader).compose(shown -> shown.isEmpty() ? Future.succeededFuture(Optional.empty())
            : store.unread(reader.id()).map(unread -> Optional.of(new NotificationCreated(event.type(), shown.get(0),
                unread)))));
  }
}
