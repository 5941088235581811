package org.plenary.capacity.matching;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Interns the terms of one kind (areas, languages or State ids) as small ints, so that term sets compare
 * as bit masks: scoring every need against every offer then stays within the benchmark's budget. Grows
 * by as many terms as exist, never more.
 */
public final class Terms {

  private final Map<String, Integer> ids = new ConcurrentHashMap<>();
  private final Map<Integer, String> names = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  public TermSet of(Collection<String> terms) {
    return of(terms.toArray(String[]::new));
  }

  public TermSet of(String... terms) {
    int[] interned = new int[terms.length];
    for (int i = 0; i < terms.length; i++) {
      interned[i] = id(terms[i]);
    }
    return TermSet.of(interned);
  }

  public List<String> names(int[] ids) {
    return Arrays.stream(ids).mapToObj(names::get).sorted().toList();
  }

  public int id(String term) {
    Integer known = ids.get(term);
    return known != null ? known : ids.computeIfAbsent(term, t -> {
      int id = next.getAndIncrement();
      names.put(id, t);
      return id;
    });
  }
}
