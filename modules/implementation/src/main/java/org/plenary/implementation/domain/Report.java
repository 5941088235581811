package org.plenary.implementation.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One State's report in one cycle: how far its versions go, the version it submitted last and the one it
 * published last (with the audience it chose).
 */
public record Report(UUID id, String cycleId, String stateId, int latestVersion, Optional<Integer> submittedVersion,
                     Optional<Integer> publishedVersion, Optional<Audience> audience, Optional<Instant> publishedAt,
                     Instant createdAt, Instant updatedAt) {

  /** The report of a State that has saved nothing yet in the cycle. */
  public static Report notStarted(String cycleId, String stateId) {
    return new Report(null, cycleId, stateId, 0, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), null, null);
  }

  public boolean exists() {
    return latestVersion > 0;
  }

  public ReportStatus status() {
    if (!exists()) {
      return ReportStatus.NOT_STARTED;
    }
    if (publishedVersion.filter(v -> v == latestVersion).isPresent()) {
      return ReportStatus.PUBLISHED;
    }
    return submittedVersion.filter(v -> v == latestVersion).isPresent() ? ReportStatus.SUBMITTED : ReportStatus.DRAFT;
  }
}
