package org.plenary.capacity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A need paired with an offer, from one side's proposal to completion confirmed by both, or a decline by the
 * other side, or the proposer's withdrawal. {@code start} and {@code completion} hold each side's confirmation.
 */
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
    Confirmations start,
    Confirmations completion,
    Instant proposedAt,
    Optional<Instant> agreedAt,
    Optional<Instant> startedAt,
    Optional<Instant> completedAt,
    Optional<Instant> declinedAt,
    Optional<Instant> withdrawnAt,
    Instant updatedAt) {

  /** The two sides of an engagement. */
  public enum Side implements org.plenary.platform.wire.WireEnum {
    STATE,
    PROVIDER;

    public Side other() {
      return this == STATE ? PROVIDER : STATE;
    }
  }

  public Party party(Side side) {
    return side == Side.STATE ? state : provider;
  }

  /** The organization to notify when {@code actorSide} acts. */
  public Party otherSide(Side actorSide) {
    return party(actorSide.other());
  }

  /**
   * The sides whose step the engagement waits for: the side that did not propose it, while proposed; the
   * sides that have not confirmed the start, while agreed; those that have not confirmed completion, while in
   * progress; none once it is final.
   */
  public List<Side> awaiting() {
    return switch (status) {
      case PROPOSED -> List.of(initiatedBy.other());
      case AGREED -> unconfirmed(start);
      case IN_PROGRESS -> unconfirmed(completion);
      case COMPLETED, DECLINED, WITHDRAWN -> List.of();
    };
  }

  private static List<Side> unconfirmed(Confirmations confirmations) {
    return List.of(Side.values()).stream().filter(side -> !confirmations.confirmedBy(side)).toList();
  }

  /** One step of an engagement's history: what a side did, and the status it left the engagement in. */
  public record Step(EngagementStep step, EngagementStatus status, Instant at, String actorName, Party organization,
                     Optional<String> note) {
  }
}
