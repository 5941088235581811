package org.plenary.capacity.matching;

import java.util.Comparator;
import java.util.UUID;

/** A candidate with its score; lists rank the best first, ties by id so that pages are stable. */
public record Scored<P>(P profile, UUID id, double score) {

  public static <P> Comparator<Scored<P>> bestFirst() {
    return (a, b) -> a.score != b.score ? Double.compare(b.score, a.score) : compareIds(a.id, b.id);
  }

  /** Whether this comes after the cursor's (score, id) in best-first order. */
  public boolean after(double cursorScore, UUID cursorId) {
    return score < cursorScore || (score == cursorScore && compareIds(id, cursorId) > 0);
  }

  /** The order of the ids' text, without making the text: unsigned, most significant bits first. */
  static int compareIds(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }
}
