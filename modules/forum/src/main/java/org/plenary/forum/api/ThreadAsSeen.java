package org.plenary.forum.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A thread as one reader may see it (what GET /threads/{id} shows them; {@link ForumJson#thread} is that JSON):
 * its opener only where the Chatham House Rule lets the reader know them, its Markdown only for its author,
 * moderators and the Secretariat.
 */
public record ThreadAsSeen(
    UUID id,
    String topicId,
    String kind,
    String audience,
    String status,
    String title,
    String bodyHtml,
    String language,
    List<String> guidingQuestions,
    boolean chathamHouse,
    List<String> tags,
    OpenedBy openedBy,
    int postCount,
    Instant createdAt,
    Instant updatedAt,
    Instant lastActivityAt,
    Optional<Instant> opensAt,
    Optional<Instant> closesAt,
    /** Empty while the thread takes posts. */
    Optional<String> notAcceptingPostsBecause,
    /** Why a moderator locked or closed it; empty while it is open. */
    Optional<String> statusReason,
    Optional<Instant> statusChangedAt,
    /** Empty while its record is not frozen. */
    Optional<String> recordFrozenBecause,
    Optional<String> bodyMarkdown) {

  public ThreadAsSeen {
    guidingQuestions = List.copyOf(guidingQuestions);
    tags = List.copyOf(tags);
  }

  /** The opener's constituency, and who they are where the reader may know it. */
  /** {@code office}: a United Nations body that opened the thread, named even where its person is not. */
  public record OpenedBy(String constituency, Optional<Opener> identified, Optional<Office> office) {
  }

  public record Office(String organizationId, String organizationName) {
  }

  public record Opener(UUID authorId, String authorName, String organizationId, String organizationName) {
  }
}
