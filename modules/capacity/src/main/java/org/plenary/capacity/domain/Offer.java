package org.plenary.capacity.domain;

import java.time.Instant;
import java.util.UUID;

/** A capacity-building offer, posted by a delegate of a State, an intergovernmental or an accredited organization. */
public record Offer(
    UUID id,
    Party provider,
    UUID authorId,
    String authorName,
    OfferContent content,
    int committed,
    Instant createdAt,
    Instant updatedAt) {

  public int remaining() {
    return content.capacity() - committed;
  }

  public boolean isOpen() {
    return content.status() == ListingStatus.OPEN;
  }
}
