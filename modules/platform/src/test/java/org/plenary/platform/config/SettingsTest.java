package org.plenary.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@DisplayName("Settings: one reader for every variable, and one way to say what is wrong with one")
class SettingsTest {

  private static final String NAME = "PLENARY_X";

  private static Settings with(String value) {
    return Settings.of(Map.of(NAME, value));
  }

  private static final Settings UNSET = Settings.of(Map.of());

  private static String refusal(Executable read) {
    String message = assertThrows(ConfigurationException.class, read).getMessage();
    assertTrue(message.startsWith(NAME + " must be "), message);
    return message;
  }

  @Test
  @DisplayName("Whole numbers: the value without its spaces, the default when unset or blank, bounds said in the refusal")
  void integers() {
    assertEquals(42, with(" 42 ").integer(NAME, 7));
    assertEquals(-3, with("-3").integer(NAME, 7));
    assertEquals(7, UNSET.integer(NAME, 7));
    assertEquals(7, with("  ").integer(NAME, 7), "blank is unset");
    assertEquals(5, with("5").integer(NAME, 7, 1, 5));
    assertEquals(1, with("1").integer(NAME, 7, 1, 5));
    assertEquals(7, UNSET.integer(NAME, 7, 1, 5));

    assertEquals("PLENARY_X must be a whole number, not 'abc'", refusal(() -> with("abc").integer(NAME, 7)));
    assertEquals("PLENARY_X must be a whole number, not '1.5'", refusal(() -> with("1.5").integer(NAME, 7)));
    assertEquals("PLENARY_X must be between -2147483648 and 2147483647, not 99999999999",
        refusal(() -> with("99999999999").integer(NAME, 7)));
    assertEquals("PLENARY_X must be between 1 and 5, not 6", refusal(() -> with("6").integer(NAME, 7, 1, 5)));
    assertEquals("PLENARY_X must be between 1 and 5, not 0", refusal(() -> with("0").integer(NAME, 7, 1, 5)));
    assertEquals("PLENARY_X must be a whole number between 1 and 5, not 'three'",
        refusal(() -> with("three").integer(NAME, 7, 1, 5)));
    assertEquals("PLENARY_X must be at least 1, not 0", refusal(() -> with("0").integer(NAME, 7, 1, Integer.MAX_VALUE)));
    assertEquals("PLENARY_X must be a whole number of at least 1, not 'many'",
        refusal(() -> with("many").integer(NAME, 7, 1, Integer.MAX_VALUE)));
    assertEquals("PLENARY_X must be at least 1, not 99999999999",
        refusal(() -> with("99999999999").integer(NAME, 7, 1, Integer.MAX_VALUE)));
    assertEquals("PLENARY_X must be between 100 and 999 (shorter than PLENARY_Y), not 1000",
        refusal(() -> with("1000").integer(NAME, 7, 100, 999, "shorter than PLENARY_Y")));
  }

  @Test
  @DisplayName("Durations: whole seconds within bounds, refused as whole numbers are")
  void durations() {
    assertEquals(Duration.ofSeconds(30), with("30").seconds(NAME, 10, 0, 600));
    assertEquals(Duration.ofSeconds(10), UNSET.seconds(NAME, 10, 0, 600));
    assertEquals(Duration.ZERO, with("0").seconds(NAME, 10, 0, 600));
    assertEquals("PLENARY_X must be between 0 and 600, not 601", refusal(() -> with("601").seconds(NAME, 10, 0, 600)));
    assertEquals("PLENARY_X must be a whole number between 0 and 600, not '10s'",
        refusal(() -> with("10s").seconds(NAME, 10, 0, 600)));
  }

  @Test
  @DisplayName("Booleans: true or false in any case; anything else is refused rather than read as false")
  void booleans() {
    assertTrue(with("TRUE").bool(NAME, false));
    assertFalse(with(" false ").bool(NAME, true));
    assertTrue(UNSET.bool(NAME, true));
    assertFalse(UNSET.bool(NAME, false));
    assertEquals("PLENARY_X must be true or false, not 'yes'", refusal(() -> with("yes").bool(NAME, false)));
  }

  @Test
  @DisplayName("Choices: any case, given back as written in the list; the refusal lists them")
  void choices() {
    assertEquals("production", with(" Production").oneOf(NAME, "dev", "dev", "production"));
    assertEquals("dev", UNSET.oneOf(NAME, "dev", "dev", "production"));
    assertEquals("PLENARY_X must be dev or production, not 'staging'",
        refusal(() -> with("staging").oneOf(NAME, "dev", "dev", "production")));
    assertEquals("PLENARY_X must be starttls, tls or none, not 'ssl'",
        refusal(() -> with("ssl").oneOf(NAME, "starttls", "starttls", "tls", "none")));
  }

  @Test
  @DisplayName("Text: trimmed, blank is unset; secrets as written")
  void strings() {
    assertEquals(Optional.of("plenary-api"), with(" plenary-api ").string(NAME));
    assertEquals(Optional.empty(), with("").string(NAME));
    assertEquals("fallback", UNSET.string(NAME, "fallback"));
    assertEquals(Optional.of(" pass word "), with(" pass word ").secret(NAME));
    assertEquals(Optional.empty(), with(" ").secret(NAME));
  }

  @Test
  @DisplayName("URLs: http or https with an authority, one trailing slash dropped")
  void urls() {
    assertEquals(Optional.of("https://sso.example.org/realms/plenary"),
        with("https://sso.example.org/realms/plenary/").url(NAME));
    assertEquals(Optional.of("http://plenary_web:8080"), with("http://plenary_web:8080").url(NAME));
    assertEquals("http://localhost:8080", UNSET.url(NAME, "http://localhost:8080"));
    assertEquals(Optional.empty(), UNSET.url(NAME));
    for (String wrong : new String[] {"localhost:8080", "sso.example.org", "ftp://example.org", "http://exa mple.org"}) {
      assertEquals("PLENARY_X must be an http:// or https:// URL, not '" + wrong + "'",
          refusal(() -> with(wrong).url(NAME)));
    }
  }

  @Test
  @DisplayName("The configuration as a whole: defaults, and its refusals in the same words")
  void plenaryConfig() {
    PlenaryConfig defaults = PlenaryConfig.fromEnvironment(Map.of());
    assertEquals(8080, defaults.httpPort());
    assertEquals("http://localhost:8080", defaults.publicUrl());
    assertEquals(Duration.ofSeconds(10), defaults.shutdownGrace());
    assertTrue(defaults.seedDemoContent());
    assertFalse(PlenaryConfig.fromEnvironment(Map.of("PLENARY_ENV", "production")).seedDemoContent());
    assertEquals("PLENARY_HTTP_PORT must be a whole number, not 'abc'", assertThrows(ConfigurationException.class,
        () -> PlenaryConfig.fromEnvironment(Map.of("PLENARY_HTTP_PORT", "abc"))).getMessage());
    assertEquals("PLENARY_MAX_REQUESTS_IN_FLIGHT must be between 1 and 10000, not 0",
        assertThrows(ConfigurationException.class,
            () -> PlenaryConfig.fromEnvironment(Map.of("PLENARY_MAX_REQUESTS_IN_FLIGHT", "0"))).getMessage());
  }
}
