package org.plenary.capacity.matching;

import java.util.Comparator;
import java.util.UUID;

/** A candidate with its score; lists rank the best first, ties by id so that pages are stable. */
public record Scored<P>(P profile, UUID id, double score) {

  public static <P> Comparator<Scored<P>> bestFirst() {
    return Comparator.<Scored<P>>comparingDouble(Scored::score).reversed()
        .thenComparing(scored -> scored.id().toString());
  }

  /** Whether this comes after the cursor's (score, id) in best-first order. */
  public boolean after(double cursorScore, String cursorId) {
    return score < cursorScore || (score == cursorScore && id.toString().compareTo(cursorId) > 0);
  }
}
