package org.plenary.bench.capacity;

import java.util.Arrays;

/** Durations in milliseconds, summarised. */
final class Latencies {

  private final double[] millis;
  private int count;

  Latencies(int capacity) {
    millis = new double[capacity];
  }

  void add(long nanos) {
    millis[count++] = nanos / 1_000_000.0;
  }

  double percentile(double p) {
    double[] sorted = Arrays.copyOf(millis, count);
    Arrays.sort(sorted);
    return sorted[Math.max(0, (int) Math.ceil(p / 100 * count) - 1)];
  }

  String row(String what) {
    return String.format("| %s | %d | %.1f | %.1f | %.1f |", what, count, percentile(50), percentile(99),
        percentile(100));
  }
}
