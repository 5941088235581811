package org.plenary.forum.posts;

import java.time.Instant;
import java.util.UUID;

/** A post as a change of it reads it, its row locked until the transaction ends. */
record LockedPost(
    long id,
    UUID threadId,
    PostKind kind,
    UUID authorId,
    String organizationId,
    String status,
    boolean hidden,
    int version,
    String language,
    String bodyMarkdown,
    String bodyHtml,
    /** When the current version was written: its edit, or else the post itself. */
    Instant writtenAt,
    Instant createdAt) {

  boolean isActive() {
    return "active".equals(status);
  }
}
