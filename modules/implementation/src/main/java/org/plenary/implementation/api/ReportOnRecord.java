package org.plenary.implementation.api;

import java.time.Instant;
import java.util.List;

/**
 * A State's national report as published in one cycle: its language, the norms ({@code norm-a} ...) it answered
 * on, how many questions it answered, to whom ({@code public} or {@code states}) and when it was last published.
 */
public record ReportOnRecord(String stateId, String cycleId, String cycleTitle, String language, List<String> norms,
                             int answerCount, String audience, Instant publishedAt) {

  public ReportOnRecord {
    norms = List.copyOf(norms);
  }
}
