package org.plenary.accreditation;

import java.time.Duration;
import java.util.Map;
import org.plenary.platform.config.Settings;

/**
 * The accreditation procedure's settings, from the environment (documented in README.md):
 * {@code PLENARY_ACCREDITATION_WINDOW_DAYS} and {@code PLENARY_ACCREDITATION_SWEEP_SECONDS}.
 */
public record AccreditationConfig(int windowDays, Duration sweepInterval) {

  public static final int MAX_WINDOW_DAYS = 90;

  public static AccreditationConfig fromEnvironment(Map<String, String> env) {
    Settings settings = Settings.of(env);
    return new AccreditationConfig(
        settings.integer("PLENARY_ACCREDITATION_WINDOW_DAYS", 10, 1, MAX_WINDOW_DAYS),
        settings.seconds("PLENARY_ACCREDITATION_SWEEP_SECONDS", 60, 1, 3600));
  }
}
