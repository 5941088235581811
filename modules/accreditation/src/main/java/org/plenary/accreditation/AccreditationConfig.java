package org.plenary.accreditation;

import java.time.Duration;
import java.util.Map;
import org.plenary.platform.config.ConfigurationException;

/**
 * The accreditation procedure's settings, from the environment (documented in README.md):
 * {@code PLENARY_ACCREDITATION_WINDOW_DAYS} and {@code PLENARY_ACCREDITATION_SWEEP_SECONDS}.
 */
public record AccreditationConfig(int windowDays, Duration sweepInterval) {

  public static final int MAX_WINDOW_DAYS = 90;

  public static AccreditationConfig fromEnvironment(Map<String, String> env) {
    return new AccreditationConfig(
        bounded(env, "PLENARY_ACCREDITATION_WINDOW_DAYS", 10, 1, MAX_WINDOW_DAYS),
        Duration.ofSeconds(bounded(env, "PLENARY_ACCREDITATION_SWEEP_SECONDS", 60, 1, 3600)));
  }

  private static int bounded(Map<String, String> env, String name, int defaultValue, int min, int max) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigurationException(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
  }
}
