package org.plenary.contacts.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One ping sent to a point of contact in an exercise. */
public record Ping(UUID id, UUID exerciseId, String stateId, ContactKind kind, String contactName,
                   Optional<Instant> acknowledgedAt, Optional<Instant> bouncedAt, Instant deadline) {

  /** The ping's status at {@code now}. */
  public PingStatus status(Instant now) {
    if (acknowledgedAt.isPresent()) {
      return acknowledgedAt.get().isAfter(deadline) ? PingStatus.LATE : PingStatus.ACKNOWLEDGED;
    }
    if (bouncedAt.isPresent()) {
      return PingStatus.BOUNCED;
    }
    return now.isBefore(deadline) ? PingStatus.PENDING : PingStatus.NO_ANSWER;
  }
}
