package org.plenary.notifications.api;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.api.PostAsSeen;

/**
 * A notification as its reader may see it now: its thread and post only as the forum shows them to that reader
 * (a notification whose thread or post they may no longer read is not shown at all).
 *
 * @param type the event that caused it, e.g. {@code post.created}
 * @param post the post as the forum shows it to the reader (rendered as GET /posts/{id} shows it)
 */
public record ShownNotification(long id, String reason, String type, Instant createdAt, boolean read,
                                NotificationDetails details, Optional<ThreadHeading> thread, Optional<PostAsSeen> post) {

  /** The thread a notification is about, as much of it as a notification names. */
  public record ThreadHeading(UUID id, String title, String topicId) {
  }
}
