package org.plenary.platform.translation;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.plenary.platform.config.Settings;

/**
 * The machine-translation settings (README.md, "Machine translation"): the Apertium command (off: none), the
 * LibreTranslate server and its key, the timeout of one translation, and whether text under the Chatham House Rule
 * or of a {@code states} thread may go to that external server.
 */
public record TranslationConfig(
    Optional<String> apertiumCommand,
    Optional<String> libreTranslateUrl,
    Optional<String> libreTranslateKey,
    Duration timeout,
    boolean externalGetsRestricted) {

  public static final String APERTIUM = "PLENARY_APERTIUM_COMMAND";
  public static final String LIBRETRANSLATE_URL = "PLENARY_LIBRETRANSLATE_URL";
  public static final String LIBRETRANSLATE_KEY = "PLENARY_LIBRETRANSLATE_KEY";
  public static final String TIMEOUT = "PLENARY_TRANSLATION_TIMEOUT_SECONDS";
  public static final String EXTERNAL_RESTRICTED = "PLENARY_TRANSLATION_EXTERNAL_RESTRICTED";

  public static TranslationConfig fromEnvironment(Map<String, String> env) {
    Settings settings = Settings.of(env);
    String apertium = settings.string(APERTIUM, "apertium");
    return new TranslationConfig(
        "off".equalsIgnoreCase(apertium) ? Optional.empty() : Optional.of(apertium),
        settings.url(LIBRETRANSLATE_URL),
        settings.secret(LIBRETRANSLATE_KEY),
        settings.seconds(TIMEOUT, 20, 1, 300),
        "allow".equals(settings.oneOf(EXTERNAL_RESTRICTED, "refuse", "refuse", "allow")));
  }
}
