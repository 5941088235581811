package org.plenary.search;

import java.util.Map;
import org.plenary.platform.config.ConfigurationException;
import org.plenary.platform.config.Settings;

/**
 * How relevance search finds the newest matches it ranks (see {@link SearchQueries#pageByRelevance}), from the
 * environment (documented in README.md). The defaults suit a large dialogue on a small machine; tests set
 * small values to exercise every way on a handful of posts.
 *
 * @param ranked     how many of the newest matches are ranked ({@code PLENARY_SEARCH_RANKED}, 500)
 * @param probed     how many of the newest documents are read first to learn how common the words are
 *                   ({@code PLENARY_SEARCH_PROBED}, 20,000)
 * @param probedFrom from how many documents on that probe runs ({@code PLENARY_SEARCH_PROBED_FROM}, 100,000;
 *                   0: always)
 * @param walkFrom   how many matches among the probed make walking the newest documents the way
 *                   ({@code PLENARY_SEARCH_WALK_FROM}, 150)
 */
public record SearchTuning(int ranked, int probed, int probedFrom, int walkFrom) {

  public static final SearchTuning DEFAULT = new SearchTuning(500, 20_000, 100_000, 150);

  public SearchTuning {
    if (ranked < 1 || probed < 1 || probedFrom < 0 || walkFrom < 1 || walkFrom > ranked) {
      throw new ConfigurationException("Search tuning must have positive sizes and PLENARY_SEARCH_WALK_FROM ("
          + walkFrom + ") at most PLENARY_SEARCH_RANKED (" + ranked + ")");
    }
  }

  /** How far a walk of the newest documents goes at most. */
  int walked() {
    return probed * 10;
  }

  /** Each a whole number from 1 on ({@code PLENARY_SEARCH_PROBED_FROM} from 0), the walk at most the ranked. */
  public static SearchTuning fromEnvironment(Map<String, String> env) {
    Settings settings = Settings.of(env);
    int ranked = settings.integer("PLENARY_SEARCH_RANKED", DEFAULT.ranked(), 1, Integer.MAX_VALUE);
    return new SearchTuning(ranked,
        settings.integer("PLENARY_SEARCH_PROBED", DEFAULT.probed(), 1, Integer.MAX_VALUE),
        settings.integer("PLENARY_SEARCH_PROBED_FROM", DEFAULT.probedFrom(), 0, Integer.MAX_VALUE),
        settings.integer("PLENARY_SEARCH_WALK_FROM", DEFAULT.walkFrom(), 1, ranked, "at most PLENARY_SEARCH_RANKED"));
  }
}
