package org.plenary.capacity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A need paired with an offer, from the first expression of interest to completion or decline. */
public record Engagement(
    UUID id,
    UUID needId,
    String needTitle,
    Visibility needVisibility,
    UUID offerId,
    String offerTitle,
    Party state,
    Party provider,
    Side initiatedBy,
    EngagementStatus status,
    double score,
    Optional<String> message,
    Optional<String> outcome,
    Instant proposedAt,
    Optional<Instant> agreedAt,
    Optional<Instant> startedAt,
    Optional<Instant> completedAt,
    Optional<Instant> declinedAt,
    Instant updatedAt) {

  /** The two sides of an engagement. */
  public enum Side implements org.plenary.platform.wire.WireEnum {
    STATE,
    PROVIDER
  }

  /** The organization to notify when {@code actorSide} acts. */
  public Party otherSide(Side actorSide) {
    return actorSide == Side.STATE ? provider : state;
  }

  /** One step of an engagement's history. */
  public record Step(EngagementStatus status, Instant at, String actorName, Party organization, Optional<String> note) {
  }
}
