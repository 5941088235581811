package org.plenary.sessions.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a session's agenda, kept as it stood: items in order, sub-items after their item. The latest
 * version is the session's current agenda; a change of an adopted agenda is a new version with its reason.
 */
public record AgendaVersion(UUID id, UUID sessionId, int version, AgendaStatus status, Optional<String> reason,
                            List<AgendaItem> items, UUID createdBy, Instant createdAt) {

  public boolean isAdopted() {
    return status == AgendaStatus.ADOPTED;
  }
}
