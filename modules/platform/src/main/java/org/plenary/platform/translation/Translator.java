package org.plenary.platform.translation;

import io.vertx.core.Future;
import org.plenary.platform.i18n.Language;

/**
 * One machine-translation engine. {@link #serves} answers at once (each engine learns its pairs when it starts);
 * {@link #translate} never blocks the event loop and fails, past its timeout or when the engine fails, with
 * {@link TranslationUnavailable}.
 */
public interface Translator {

  /** The engine's name as readers see it ("apertium", "libretranslate"). */
  String engine();

  /** Whether the text stays on this server: an external engine is not given restricted text (README.md). */
  boolean local();

  boolean serves(Language from, Language to);

  /** {@code text} in {@code format} (HTML keeps its markup), from one language to another it serves. */
  Future<Translation> translate(String text, TextFormat format, Language from, Language to);

  /** Learns the pairs the engine serves; an engine that cannot be reached serves none, and logs why. */
  default Future<Void> start() {
    return Future.succeededFuture();
  }

  default Future<Void> stop() {
    return Future.succeededFuture();
  }
}
