package org.plenary.summary.generate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers each (language, term) once, so that vectors are sorted int arrays. */
final class TermIds {

  private final Map<String, Integer> ids = new HashMap<>();

  int size() {
    return ids.size();
  }

  /** The distinct term ids of {@code terms}, sorted, and how often each occurs. */
  int[][] countsOf(String language, List<String> terms) {
    int[] all = new int[terms.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = ids.computeIfAbsent(language + '\u0000' + terms.get(i), key -> ids.size());
    }
    Arrays.sort(all);
    int distinct = 0;
    int[] ids = new int[all.length];
    int[] counts = new int[all.length];
    for (int id : all) {
      if (distinct > 0 && ids[distinct - 1] == id) {
        counts[distinct - 1]++;
      } else {
        ids[distinct] = id;
        counts[distinct++] = 1;
      }
    }
    return new int[][] {Arrays.copyOf(ids, distinct), Arrays.copyOf(counts, distinct)};
  }
}
