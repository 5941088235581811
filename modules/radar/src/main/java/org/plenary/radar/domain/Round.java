package org.plenary.radar.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A round of assessment: open until the Secretariat closes it. */
public record Round(UUID id, String title, Instant openedAt, Optional<Instant> closedAt) {

  public boolean open() {
    return closedAt.isEmpty();
  }
}
