package org.plenary.contacts.domain;

import java.time.Instant;
import java.util.UUID;

/** A ping exercise the Secretariat started: its window closes at {@code deadline}. */
public record Exercise(UUID id, Instant startedAt, int windowHours, Instant deadline, int stateCount) {

  public boolean closed(Instant now) {
    return !now.isBefore(deadline);
  }
}
