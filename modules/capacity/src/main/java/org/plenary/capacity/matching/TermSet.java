package org.plenary.capacity.matching;

import java.util.Arrays;

/**
 * A set of interned terms: a bit per id below 63, and the sorted ids themselves. Two sets share exactly
 * the bits they have in common unless both hold an id of 63 or more (the overflow bit); only then are the
 * ids compared one by one.
 */
public record TermSet(long mask, int[] ids) {

  private static final int OVERFLOW = 63;
  private static final long OVERFLOW_BIT = 1L << OVERFLOW;

  static TermSet of(int[] ids) {
    int[] sorted = Arrays.stream(ids).sorted().distinct().toArray();
    long mask = 0;
    for (int id : sorted) {
      mask |= 1L << Math.min(id, OVERFLOW);
    }
    return new TermSet(mask, sorted);
  }

  public int size() {
    return ids.length;
  }

  public boolean isEmpty() {
    return ids.length == 0;
  }

  /** How many terms the two sets share. */
  public int shared(TermSet other) {
    return shared(mask & other.mask, other);
  }

  /** How many terms two sets with these bits in common share, or -1 when only their ids can tell. */
  static int sharedBits(long common) {
    return (common & OVERFLOW_BIT) == 0 ? Long.bitCount(common) : -1;
  }

  /** How many terms the two sets share, given the bits they have in common. */
  int shared(long common, TermSet other) {
    if ((common & OVERFLOW_BIT) == 0) {
      return Long.bitCount(common);
    }
    int count = 0;
    for (int i = 0, j = 0; i < ids.length && j < other.ids.length; ) {
      if (ids[i] == other.ids[j]) {
        count++;
        i++;
        j++;
      } else if (ids[i] < other.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return count;
  }

  public int[] intersection(TermSet other) {
    return Arrays.stream(ids).filter(id -> Arrays.binarySearch(other.ids, id) >= 0).toArray();
  }

  public int[] difference(TermSet other) {
    return Arrays.stream(ids).filter(id -> Arrays.binarySearch(other.ids, id) < 0).toArray();
  }
}
