package org.plenary.forum.api;

import java.util.Optional;
import java.util.UUID;

/**
 * What routing a post's notifications needs to know: who wrote it, whom it answers, what it says. For
 * deciding who to tell, never to be shown as is: what a reader is shown comes from {@link ForumAccess}'s
 * "as seen by" methods.
 */
public record PostFacts(
    long id,
    UUID threadId,
    String topicId,
    String kind,
    UUID authorId,
    String organizationId,
    Optional<UUID> parentAuthorId,
    String text) {
}
