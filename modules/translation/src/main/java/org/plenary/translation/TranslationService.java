package org.plenary.translation;

import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.translation.MachineTranslation;
import org.plenary.platform.translation.TextFormat;
import org.plenary.platform.translation.Translator;

/**
 * Translates a text a reader may read into the language they ask for: from the cache when this very text (its
 * version and hash) was translated into it before, otherwise by the engine that serves the pair and may be given
 * the text; the result is sanitised and cached. A pair no engine serves is a 422 that says so plainly; an engine
 * that fails is {@code TranslationUnavailable} (a 503 at the edge).
 */
final class TranslationService {

  private final MachineTranslation machine;
  private final TranslationStore store;

  TranslationService(MachineTranslation machine, TranslationStore store) {
    this.machine = machine;
    this.store = store;
  }

  Future<MachineTranslated> translate(SourceText source, Language to) {
    Language from = source.language();
    if (from == to) {
      return Future.failedFuture(Failure.unprocessable("translation-same-language", "Already in that language",
          "This text is written in " + name(from) + ": there is nothing to translate."));
    }
    MachineTranslation.Choice choice = machine.choose(from, to, source.sensitivity());
    if (choice.engine().isEmpty()) {
      return Future.failedFuture(unavailablePair(from, to, choice.onlyExternal()));
    }
    String sha256 = sha256(source.html());
    return store.find(source, sha256, to).compose(cached -> cached.isPresent()
        ? Future.succeededFuture(cached.get())
        : made(choice.engine().get(), source, to).compose(made -> store.keep(source, sha256, made)));
  }

  private static Future<MachineTranslated> made(Translator engine, SourceText source, Language to) {
    KeptQuotations.Held held = source.keepsHeadings() ? KeptQuotations.holdWithHeadings(source.html())
        : source.keepsQuotations() ? KeptQuotations.hold(source.html())
        : new KeptQuotations.Held(source.html(), java.util.List.of());
    return engine.translate(held.html(), TextFormat.HTML, source.language(), to)
        .map(translation -> new MachineTranslated(source.kind(), source.id(), source.version(),
            TranslatedHtml.sanitise(KeptQuotations.restore(translation.text(), held.quotations())),
            translation.from(), translation.to(), translation.engine(), translation.via(), false));
  }

  static Failure unavailablePair(Language from, Language to, boolean onlyExternal) {
    String pair = name(from) + " to " + name(to);
    return Failure.unprocessable("translation-pair-unavailable", "No translation engine serves " + pair,
        onlyExternal
            ? "Only an external engine serves " + pair + ", and text under the Chatham House Rule or of a thread"
                + " for States is not sent outside this server."
            : "No translation engine serves " + pair + ".");
  }

  /** The language's English name ("Russian"): problem details are in English. */
  static String name(Language language) {
    return language.locale().getDisplayLanguage(Locale.ENGLISH);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
