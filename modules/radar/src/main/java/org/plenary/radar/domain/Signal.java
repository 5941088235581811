package org.plenary.radar.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A signal, with who proposed it and, once a moderator merged it as a duplicate, the signal it was merged into and
 * the signals merged into it.
 */
public record Signal(UUID id, String title, String description, SignalCategory category, List<String> norms,
                     Horizon horizon, List<String> sources, Optional<UUID> threadId, String organizationId,
                     String organizationName, Instant proposedAt, Optional<UUID> mergedInto,
                     Optional<Instant> mergedAt, List<UUID> mergedFrom) {

  public Signal withMergedFrom(List<UUID> from) {
    return new Signal(id, title, description, category, norms, horizon, sources, threadId, organizationId,
        organizationName, proposedAt, mergedInto, mergedAt, from);
  }

  public boolean merged() {
    return mergedInto.isPresent();
  }
}
