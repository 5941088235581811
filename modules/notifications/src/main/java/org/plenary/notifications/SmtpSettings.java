package org.plenary.notifications;

import java.util.Map;
import java.util.Optional;
import org.plenary.platform.config.ConfigurationException;

/** {@code PLENARY_SMTP_*}: where digests are sent. Without {@code PLENARY_SMTP_HOST} nothing is sent. */
record SmtpSettings(String host, int port, Optional<String> username, Optional<String> password, String from,
                    String security) {

  static Optional<SmtpSettings> fromEnvironment(Map<String, String> env) {
    String host = env.get("PLENARY_SMTP_HOST");
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    String security = env.getOrDefault("PLENARY_SMTP_SECURITY", "starttls");
    if (!security.matches("starttls|tls|none")) {
      throw new ConfigurationException("PLENARY_SMTP_SECURITY must be starttls, tls or none, not '" + security + "'");
    }
    String from = env.get("PLENARY_SMTP_FROM");
    if (from == null || from.isBlank()) {
      throw new ConfigurationException("PLENARY_SMTP_FROM must name the sender when PLENARY_SMTP_HOST is set");
    }
    try {
      int port = Integer.parseInt(env.getOrDefault("PLENARY_SMTP_PORT", "tls".equals(security) ? "465" : "587").trim());
      return Optional.of(new SmtpSettings(host.trim(), port, Optional.ofNullable(env.get("PLENARY_SMTP_USERNAME")),
          Optional.ofNullable(env.get("PLENARY_SMTP_PASSWORD")), from.trim(), security));
    } catch (NumberFormatException e) {
      throw new ConfigurationException("PLENARY_SMTP_PORT must be a whole number");
    }
  }
}
