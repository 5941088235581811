package org.plenary.drafts;

import java.util.Map;
import org.plenary.platform.config.Settings;

/**
 * The drafts' settings, from the environment (documented in README.md): {@code PLENARY_CONSENSUS_MIN_GROUPS},
 * how many of the five regional groups must support a paragraph, with no objection, for it to be agreed.
 */
public record DraftsConfig(int consensusMinGroups) {

  public static DraftsConfig fromEnvironment(Map<String, String> env) {
    return new DraftsConfig(Settings.of(env).integer("PLENARY_CONSENSUS_MIN_GROUPS", 3, 1, 5));
  }
}
