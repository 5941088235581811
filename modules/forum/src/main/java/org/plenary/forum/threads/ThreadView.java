package org.plenary.forum.threads;

import java.time.Instant;
import java.util.Optional;
import org.plenary.forum.api.ThreadAsSeen;
import org.plenary.platform.organizations.OrganizationKind;

/** A thread as one reader may see it: who opened it under the Chatham House Rule, and its Markdown. */
public final class ThreadView {

  private ThreadView() {
  }

  public static ThreadAsSeen seenBy(ForumThread t, Reader reader) {
    Instant now = Instant.now();
    boolean seesMarkdown = reader.participant()
        .map(p -> p.id().equals(t.authorId()) || p.isModeratorOrSecretariat()).orElse(false);
    return new ThreadAsSeen(t.id(), t.topicId(), t.kind().wire(), t.audience().wire(), t.status().wire(), t.title(),
        t.bodyHtml(), t.language(), t.guidingQuestions(), t.chathamHouse(), t.tags(), openedBy(t, reader),
        t.postCount(), t.createdAt(), t.updatedAt(), t.lastActivityAt(), t.opensAt(), t.closesAt(),
        t.refusesPostsBecause(now), t.statusReason().filter(reason -> t.status() != ThreadStatus.OPEN),
        t.statusChangedAt(), t.recordFrozenBecause(now), seesMarkdown ? Optional.of(t.bodyMarkdown()) : Optional.empty());
  }

  /**
   * Under the Chatham House Rule the opener's person is left out; a United Nations body (the Secretariat, the
   * Chair's office) that opens a thread does so as an institution, and is still named, never its staff.
   */
  private static ThreadAsSeen.OpenedBy openedBy(ForumThread t, Reader reader) {
    boolean identified = reader.seesIdentity(t.chathamHouse(), t.authorId());
    return new ThreadAsSeen.OpenedBy(t.organizationKind().wire(), identified
        ? Optional.of(new ThreadAsSeen.Opener(t.authorId(), t.authorName(), t.organizationId(), t.organizationName()))
        : Optional.empty(),
        !identified && t.organizationKind() == OrganizationKind.UN_BODY
            ? Optional.of(new ThreadAsSeen.Office(t.organizationId(), t.organizationName())) : Optional.empty());
  }
}
