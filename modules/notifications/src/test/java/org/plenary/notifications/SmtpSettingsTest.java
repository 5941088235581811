package org.plenary.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.config.ConfigurationException;

@DisplayName("PLENARY_SMTP_*: nothing is sent without a host; with one, a sender and a known security")
class SmtpSettingsTest {

  @Test
  @DisplayName("No host, no settings; with one, port 587 for STARTTLS and 465 for TLS unless set")
  void readsTheVariables() {
    assertEquals(Optional.empty(), SmtpSettings.fromEnvironment(Map.of("PLENARY_SMTP_HOST", " ")));
    SmtpSettings starttls = SmtpSettings.fromEnvironment(Map.of("PLENARY_SMTP_HOST", "smtp.example.org",
        "PLENARY_SMTP_FROM", "plenary@example.org")).orElseThrow();
    assertEquals(new SmtpSettings("smtp.example.org", 587, Optional.empty(), Optional.empty(), "plenary@example.org",
        "starttls"), starttls);
    SmtpSettings tls = SmtpSettings.fromEnvironment(Map.of("PLENARY_SMTP_HOST", "smtp.example.org",
        "PLENARY_SMTP_FROM", "plenary@example.org", "PLENARY_SMTP_SECURITY", "tls", "PLENARY_SMTP_USERNAME", "digest",
        "PLENARY_SMTP_PASSWORD", " secret ")).orElseThrow();
    assertEquals(new SmtpSettings("smtp.example.org", 465, Optional.of("digest"), Optional.of(" secret "),
        "plenary@example.org", "tls"), tls);
  }

  @Test
  @DisplayName("No sender, an unknown security or a port in words stop the server naming the variable")
  void refusesNonsense() {
    assertEquals("PLENARY_SMTP_FROM must be set to the sender's address when PLENARY_SMTP_HOST is set",
        refusal(Map.of("PLENARY_SMTP_HOST", "smtp.example.org")));
    assertEquals("PLENARY_SMTP_SECURITY must be starttls, tls or none, not 'ssl'", refusal(Map.of(
        "PLENARY_SMTP_HOST", "smtp.example.org", "PLENARY_SMTP_FROM", "p@example.org", "PLENARY_SMTP_SECURITY", "ssl")));
    assertEquals("PLENARY_SMTP_PORT must be a whole number, not 'smtp'", refusal(Map.of(
        "PLENARY_SMTP_HOST", "smtp.example.org", "PLENARY_SMTP_FROM", "p@example.org", "PLENARY_SMTP_PORT", "smtp")));
  }

  private static String refusal(Map<String, String> env) {
    return assertThrows(ConfigurationException.class, () -> SmtpSettings.fromEnvironment(env)).getMessage();
  }
}
