package org.plenary.implementation.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A good practice an organization shared, with how many States endorse it and find it useful. */
public record PracticeOnRecord(UUID id, String organizationId, String title, String language, List<String> norms,
                               Instant sharedAt, int endorsements, int useful) {

  public PracticeOnRecord {
    norms = List.copyOf(norms);
  }
}
