package org.plenary.forum.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other bounded contexts may know of a thread. */
public record ThreadInfo(
    UUID id,
    String topicId,
    String kind,
    String audience,
    String status,
    String title,
    String language,
    boolean chathamHouse,
    List<String> guidingQuestions,
    UUID authorId,
    String organizationId,
    Optional<Instant> opensAt,
    Optional<Instant> closesAt,
    int postCount,
    /** Why the thread takes no posts now, if it does not. */
    Optional<String> refusesPostsBecause) {
}
