package org.plenary.notifications;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.plenary.notifications.api.NotificationDetails;

/** A stored notification; what it says is rendered for its reader when shown (NotificationViews). */
record Notification(long id, String reason, String eventType, Optional<UUID> threadId, Optional<Long> postId,
                    NotificationDetails details, Instant createdAt, boolean read) {
}
