package org.plenary.capacity.matching;

/**
 * The best {@code k} candidates seen so far, in arrays kept in ranking order: score (in tenths) down,
 * then id up, the id as its two halves compared unsigned. No objects, no comparators: a full recompute
 * offers it millions of candidates. They must come in id order: then a score equal to the last place's
 * never enters, since its id is larger.
 */
final class TopK {

  private final long[] tenths;
  private final long[] highs;
  private final long[] lows;
  private final int[] candidates;
  private int size;

  TopK(int k) {
    tenths = new long[k];
    highs = new long[k];
    lows = new long[k];
    candidates = new int[k];
  }

  /** Whether a candidate whose score rounds from at most {@code maxTenths} might still enter. */
  boolean mightEnter(double maxTenths) {
    return size < tenths.length || maxTenths >= tenths[size - 1] + 0.5;
  }

  /** Whether a candidate of this score enters; ask before {@link #add}. */
  boolean enters(long score) {
    return size < tenths.length || score > tenths[size - 1];
  }

  void add(long score, long high, long low, int candidate) {
    int at = size < tenths.length ? size++ : size - 1;
    while (at > 0 && before(score, high, low, at - 1)) {
      tenths[at] = tenths[at - 1];
      highs[at] = highs[at - 1];
      lows[at] = lows[at - 1];
      candidates[at] = candidates[at - 1];
      at--;
    }
    tenths[at] = score;
    highs[at] = high;
    lows[at] = low;
    candidates[at] = candidate;
  }

  int size() {
    return size;
  }

  int candidate(int rank) {
    return candidates[rank];
  }

  double score(int rank) {
    return tenths[rank] / 10.0;
  }

  private boolean before(long score, long high, long low, int rank) {
    if (score != tenths[rank]) {
      return score > tenths[rank];
    }
    int byHigh = Long.compareUnsigned(high, highs[rank]);
    return byHigh != 0 ? byHigh < 0 : Long.compareUnsigned(low, lows[rank]) < 0;
  }
}
