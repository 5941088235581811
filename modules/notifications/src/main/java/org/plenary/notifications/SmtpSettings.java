package org.plenary.notifications;

import java.util.Map;
import java.util.Optional;
import org.plenary.platform.config.ConfigurationException;
import org.plenary.platform.config.Settings;

/** {@code PLENARY_SMTP_*}: where digests are sent. Without {@code PLENARY_SMTP_HOST} nothing is sent. */
record SmtpSettings(String host, int port, Optional<String> username, Optional<String> password, String from,
                    String security) {

  static Optional<SmtpSettings> fromEnvironment(Map<String, String> env) {
    Settings settings = Settings.of(env);
    Optional<String> host = settings.string("PLENARY_SMTP_HOST");
    if (host.isEmpty()) {
      return Optional.empty();
    }
    String security = settings.oneOf("PLENARY_SMTP_SECURITY", "starttls", "starttls", "tls", "none");
    String from = settings.string("PLENARY_SMTP_FROM").orElseThrow(() -> ConfigurationException.missing(
        "PLENARY_SMTP_FROM", "the sender's address when PLENARY_SMTP_HOST is set"));
    int port = settings.integer("PLENARY_SMTP_PORT", "tls".equals(security) ? 465 : 587);
    return Optional.of(new SmtpSettings(host.get(), port, settings.string("PLENARY_SMTP_USERNAME"),
        settings.secret("PLENARY_SMTP_PASSWORD"), from, security));
  }
}
