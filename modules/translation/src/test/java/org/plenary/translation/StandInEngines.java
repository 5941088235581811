package org.plenary.translation;

import io.vertx.core.Future;
import java.util.List;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.translation.TextFormat;
import org.plenary.platform.translation.Translation;
import org.plenary.platform.translation.TranslationUnavailable;
import org.plenary.platform.translation.Translator;

/** Engines for one pair each, standing in for a LibreTranslate server (tested on its own) and for one that fails. */
final class StandInEngines {

  private StandInEngines() {
  }

  /** An external engine that marks what it was given, so that a test sees which text left the server. */
  static Translator external(Language from, Language to) {
    return engine("libretranslate", false, from, to,
        text -> Future.succeededFuture(new Translation("[EXTERNAL] " + text, from, to, "libretranslate", List.of())));
  }

  static Translator broken(Language from, Language to) {
    return engine("apertium", true, from, to,
        text -> Future.failedFuture(new TranslationUnavailable("apertium", "stand-in that always fails")));
  }

  private static Translator engine(String name, boolean local, Language from, Language to,
                                   java.util.function.Function<String, Future<Translation>> translate) {
    return new Translator() {
      @Override
      public String engine() {
        return name;
      }

      @Override
      public boolean local() {
        return local;
      }

      @Override
      public boolean serves(Language asked, Language into) {
        return asked == from && into == to;
      }

      @Override
      public Future<Translation> translate(String text, TextFormat format, Language asked, Language into) {
        return translate.apply(text);
      }
    };
  }
}
