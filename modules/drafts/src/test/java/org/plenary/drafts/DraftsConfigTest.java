package org.plenary.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.config.ConfigurationException;

@DisplayName("PLENARY_CONSENSUS_MIN_GROUPS sets how many regional groups must support a paragraph")
class DraftsConfigTest {

  @Test
  @DisplayName("Three groups by default; any number from 1 to 5 when set")
  void readsTheVariable() {
    assertEquals(3, DraftsConfig.fromEnvironment(Map.of()).consensusMinGroups());
    assertEquals(5, DraftsConfig.fromEnvironment(Map.of("PLENARY_CONSENSUS_MIN_GROUPS", "5")).consensusMinGroups());
  }

  @Test
  @DisplayName("Six groups, or words, stop the server with a message naming the variable")
  void refusesNonsense() {
    for (String value : new String[] {"6", "0", "three"}) {
      ConfigurationException e = assertThrows(ConfigurationException.class,
          () -> DraftsConfig.fromEnvironment(Map.of("PLENARY_CONSENSUS_MIN_GROUPS", value)));
      assertTrue(e.getMessage().contains("PLENARY_CONSENSUS_MIN_GROUPS"), e.getMessage());
    }
  }
}
