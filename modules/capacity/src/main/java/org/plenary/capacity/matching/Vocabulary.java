package org.plenary.capacity.matching;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Interns the terms matching compares (areas, languages, State ids) as small ints, so that a pair is
 * scored with intersections of tiny sorted arrays rather than set lookups: scoring every need against
 * every offer stays within the benchmark's budget. The vocabulary only grows, by as many terms as exist.
 */
public final class Vocabulary {

  private final Map<String, Integer> ids = new ConcurrentHashMap<>();
  private final Map<Integer, String> terms = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  public int id(String term) {
    return ids.computeIfAbsent(term, t -> {
      int id = next.getAndIncrement();
      terms.put(id, t);
      return id;
    });
  }

  /** The sorted, distinct ids of {@code terms}. */
  public int[] ids(Collection<String> terms) {
    return terms.stream().mapToInt(this::id).sorted().distinct().toArray();
  }

  public List<String> terms(int[] ids) {
    return Arrays.stream(ids).mapToObj(terms::get).sorted().toList();
  }

  /** How many of the sorted arrays' values they share. */
  static int shared(int[] a, int[] b) {
    int count = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        count++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return count;
  }

  static int[] intersection(int[] a, int[] b) {
    return Arrays.stream(a).filter(x -> Arrays.binarySearch(b, x) >= 0).toArray();
  }

  static int[] difference(int[] a, int[] b) {
    return Arrays.stream(a).filter(x -> Arrays.binarySearch(b, x) < 0).toArray();
  }
}
