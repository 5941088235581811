package org.plenary.drafts;

import java.util.Map;
import org.plenary.platform.config.ConfigurationException;

/**
 * The drafts' settings, from the environment (documented in README.md): {@code PLENARY_CONSENSUS_MIN_GROUPS},
 * how many of the five regional groups must support a paragraph, with no objection, for it to be agreed.
 */
public record DraftsConfig(int consensusMinGroups) {

  public static DraftsConfig fromEnvironment(Map<String, String> env) {
    String value = env.getOrDefault("PLENARY_CONSENSUS_MIN_GROUPS", "").trim();
    if (value.isEmpty()) {
      return new DraftsConfig(3);
    }
    if (!value.matches("[1-5]")) {
      throw new ConfigurationException("PLENARY_CONSENSUS_MIN_GROUPS must be a number of regional groups from 1 to 5,"
          + " not '" + value + "'");
    }
    return new DraftsConfig(Integer.parseInt(value));
  }
}
