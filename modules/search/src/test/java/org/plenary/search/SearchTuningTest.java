package org.plenary.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.config.ConfigurationException;

@DisplayName("PLENARY_SEARCH_*: positive sizes (the probe may always run: 0), the walk at most the ranked")
class SearchTuningTest {

  @Test
  @DisplayName("The defaults when unset; the values set otherwise")
  void readsTheVariables() {
    assertEquals(SearchTuning.DEFAULT, SearchTuning.fromEnvironment(Map.of()));
    assertEquals(new SearchTuning(8, 20, 0, 3), SearchTuning.fromEnvironment(Map.of("PLENARY_SEARCH_RANKED", "8",
        "PLENARY_SEARCH_PROBED", "20", "PLENARY_SEARCH_PROBED_FROM", "0", "PLENARY_SEARCH_WALK_FROM", "3")));
  }

  @Test
  @DisplayName("Words, a size of 0 or a walk beyond the ranked stop the server naming the variable")
  void refusesNonsense() {
    assertEquals("PLENARY_SEARCH_RANKED must be a whole number of at least 1, not 'many'", refusal("PLENARY_SEARCH_RANKED", "many"));
    assertEquals("PLENARY_SEARCH_PROBED must be at least 1, not 0", refusal("PLENARY_SEARCH_PROBED", "0"));
    assertEquals("PLENARY_SEARCH_PROBED_FROM must be at least 0, not -1", refusal("PLENARY_SEARCH_PROBED_FROM", "-1"));
    assertEquals("PLENARY_SEARCH_WALK_FROM must be between 1 and 500 (at most PLENARY_SEARCH_RANKED), not 501",
        refusal("PLENARY_SEARCH_WALK_FROM", "501"));
  }

  private static String refusal(String name, String value) {
    return assertThrows(ConfigurationException.class, () -> SearchTuning.fromEnvironment(Map.of(name, value))).getMessage();
  }
}
