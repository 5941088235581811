package org.plenary.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.config.ConfigurationException;

@DisplayName("The lengths of rights of reply come from the environment, the second shorter than the first")
class ForumConfigTest {

  @Test
  @DisplayName("1,500 and 800 characters by default; other lengths when set")
  void readsTheVariables() {
    assertEquals(new ForumConfig(1_500, 800), ForumConfig.fromEnvironment(Map.of()));
    assertEquals(new ForumConfig(3_000, 1_000), ForumConfig.fromEnvironment(Map.of(
        ForumConfig.FIRST, "3000", ForumConfig.SECOND, "1000")));
    assertEquals(new ForumConfig(600, 599), ForumConfig.fromEnvironment(Map.of(ForumConfig.FIRST, "600")),
        "a shorter first right of reply keeps the second shorter still");
  }

  @Test
  @DisplayName("A second right of reply as long as the first, a length out of bounds or words stop the server naming the variable")
  void refusesNonsense() {
    Map<Map<String, String>, String> wrong = Map.of(
        Map.of(ForumConfig.FIRST, "1000", ForumConfig.SECOND, "1000"), ForumConfig.SECOND,
        Map.of(ForumConfig.FIRST, "50001"), ForumConfig.FIRST,
        Map.of(ForumConfig.FIRST, "fifteen hundred"), ForumConfig.FIRST,
        Map.of(ForumConfig.SECOND, "99"), ForumConfig.SECOND);
    wrong.forEach((env, variable) -> {
      ConfigurationException e = assertThrows(ConfigurationException.class, () -> ForumConfig.fromEnvironment(env));
      assertTrue(e.getMessage().contains(variable), e.getMessage());
    });
  }
}
