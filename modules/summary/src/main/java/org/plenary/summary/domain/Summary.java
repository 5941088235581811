package org.plenary.summary.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A summary at its current version.
 *
 * @param createdByName who generated it (shown only to those who run the dialogue)
 * @param editedAt when its current version was written
 */
public record Summary(UUID id, UUID threadId, SummaryStatus status, boolean chathamHouse, GeneratedSummary generated,
                      int version, String markdown, Instant createdAt, Instant editedAt,
                      Optional<Instant> submittedAt, Optional<Instant> publishedAt, String createdByName,
                      Optional<String> publishedByName) {

  public boolean published() {
    return status == SummaryStatus.PUBLISHED;
  }
}
