package org.plenary.capacity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A capacity-building need, posted by a delegate of the requesting State. */
public record Need(
    UUID id,
    Party state,
    UUID authorId,
    String authorName,
    NeedContent content,
    Optional<Instant> matchedAt,
    Instant createdAt,
    Instant updatedAt) {

  public boolean isOpen() {
    return content.status() == ListingStatus.OPEN;
  }

  public Visibility visibility() {
    return content.visibility();
  }
}
