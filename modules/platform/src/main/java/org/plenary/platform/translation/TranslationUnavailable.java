package org.plenary.platform.translation;

/**
 * The engine failed or took longer than its timeout: a passing failure, which the edge answers with a 503
 * ({@code translation-unavailable}, with {@code Retry-After}), never an error page. The message is for the log and
 * names no text that was being translated.
 */
public final class TranslationUnavailable extends RuntimeException {

  /** How long a reader should wait before asking again. */
  public static final int RETRY_AFTER_SECONDS = 30;

  private final String engine;

  public TranslationUnavailable(String engine, String why) {
    super(engine + ": " + why, null, false, false);
    this.engine = engine;
  }

  public String engine() {
    return engine;
  }
}
