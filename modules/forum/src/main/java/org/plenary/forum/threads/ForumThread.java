package org.plenary.forum.threads;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.organizations.OrganizationKind;

/** A thread in a topic, as stored, with its opener's names joined in. */
public record ForumThread(
    UUID id,
    String topicId,
    ThreadKind kind,
    Audience audience,
    ThreadStatus status,
    /** Why a moderator locked or closed the thread, shown to every reader; empty while open. */
    Optional<String> statusReason,
    Optional<Instant> statusChangedAt,
    String title,
    String bodyMarkdown,
    String bodyHtml,
    String language,
    Optional<Instant> opensAt,
    Optional<Instant> closesAt,
    List<String> guidingQuestions,
    boolean chathamHouse,
    List<String> tags,
    UUID authorId,
    String authorName,
    String organizationId,
    String organizationName,
    OrganizationKind organizationKind,
    int postCount,
    Instant createdAt,
    Instant updatedAt,
    Instant lastActivityAt) {

  /** Why the thread takes no posts at {@code now}, or empty when it does. */
  public Optional<String> refusesPostsBecause(Instant now) {
    if (status != ThreadStatus.OPEN) {
      return Optional.of("the thread is " + status.wire() + " and takes no posts");
    }
    if (opensAt.isPresent() && now.isBefore(opensAt.get())) {
      return Optional.of("the consultation opens at " + opensAt.get() + " and takes no posts before");
    }
    if (closesAt.isPresent() && !now.isBefore(closesAt.get())) {
      return Optional.of("the consultation closed at " + closesAt.get() + " and takes no more posts");
    }
    return Optional.empty();
  }

  /**
   * Why the thread's record is frozen at {@code now}, or empty while it is not: once a thread is closed or
   * locked, or its closing time has passed, no post of it is edited or withdrawn and no joint statement of it
   * changes the States it lists. Moderators still hide posts for cause.
   */
  public Optional<String> recordFrozenBecause(Instant now) {
    if (status != ThreadStatus.OPEN) {
      return Optional.of("the thread is " + status.wire() + statusReason.map(reason -> " (\"" + reason + "\")").orElse(""));
    }
    if (closesAt.isPresent() && !now.isBefore(closesAt.get())) {
      return Optional.of("the " + (kind == ThreadKind.CONSULTATION ? "consultation" : "thread") + " closed at "
          + closesAt.get());
    }
    return Optional.empty();
  }
}
