package org.plenary.forum.moderation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A participant's flag on a post, as the moderators' queue lists it; {@code excerpt} is the post's start. */
public record Flag(long id, String reason, Instant createdAt, String flaggerName, String flaggerOrganization,
                   long postId, UUID threadId, String threadTitle, String excerpt, boolean postHidden,
                   Optional<Resolution> resolution) {

  /** How a moderator resolved the flag ({@code hidden} or {@code dismissed}), and when. */
  public record Resolution(String how, Instant at) {
  }
}
