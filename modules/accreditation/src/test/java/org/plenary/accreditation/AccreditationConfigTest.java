package org.plenary.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.config.ConfigurationException;
import org.plenary.platform.failure.Failure;

@DisplayName("The accreditation settings and the ids the Secretariat's registrations get")
class AccreditationConfigTest {

  @Test
  @DisplayName("A 10-day window and a sweep every minute by default; both configurable within bounds")
  void settings() {
    AccreditationConfig defaults = AccreditationConfig.fromEnvironment(Map.of());
    assertEquals(10, defaults.windowDays());
    assertEquals(Duration.ofSeconds(60), defaults.sweepInterval());
    AccreditationConfig set = AccreditationConfig.fromEnvironment(Map.of("PLENARY_ACCREDITATION_WINDOW_DAYS", "14",
        "PLENARY_ACCREDITATION_SWEEP_SECONDS", "5"));
    assertEquals(14, set.windowDays());
    assertEquals(Duration.ofSeconds(5), set.sweepInterval());
    assertThrows(ConfigurationException.class,
        () -> AccreditationConfig.fromEnvironment(Map.of("PLENARY_ACCREDITATION_WINDOW_DAYS", "0")));
    assertThrows(ConfigurationException.class,
        () -> AccreditationConfig.fromEnvironment(Map.of("PLENARY_ACCREDITATION_SWEEP_SECONDS", "soon")));
  }

  @Test
  @DisplayName("Ids are made from names: lower case, accents dropped, words joined by hyphens")
  void slugs() {
    assertEquals("cyber-peace-institute", Applicant.slug("Cyber Peace Institute"));
    assertEquals("reseau-numerique-d-afrique", Applicant.slug("Réseau numérique d'Afrique"));
    assertThrows(Failure.class, () -> Applicant.slug("网络"));
  }
}
