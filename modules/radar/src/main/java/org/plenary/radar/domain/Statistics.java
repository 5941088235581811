package org.plenary.radar.domain;

import java.util.List;

/** Medians and quartiles of sorted ratings. */
public final class Statistics {

  private Statistics() {
  }

  /** The middle value, or the mean of the two middle ones. */
  public static double median(List<Integer> sorted) {
    int n = sorted.size();
    if (n == 0) {
      throw new IllegalArgumentException("no ratings");
    }
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  /**
   * Q3 - Q1, each the median of its half (Tukey's hinges without the middle value when the count is odd): 0 when
   * the raters agree, 4 at most.
   */
  public static double interquartileRange(List<Integer> sorted) {
    int n = sorted.size();
    if (n < 2) {
      return 0;
    }
    List<Integer> lower = sorted.subList(0, n / 2);
    List<Integer> upper = sorted.subList((n + 1) / 2, n);
    return median(upper) - median(lower);
  }
}
