package org.plenary.translation;

import io.vertx.core.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.translation.TextFormat;
import org.plenary.platform.translation.Translation;
import org.plenary.platform.translation.Translator;

/** An engine, with the number of translations it was asked for: a cached translation asks for none. */
final class CountingTranslator implements Translator {

  private final AtomicInteger calls = new AtomicInteger();
  private volatile Translator engine;

  CountingTranslator(Translator engine) {
    this.engine = engine;
  }

  void wrap(Translator wrapped) {
    this.engine = wrapped;
  }

  int calls() {
    return calls.get();
  }

  @Override
  public String engine() {
    return engine.engine();
  }

  @Override
  public boolean local() {
    return engine.local();
  }

  @Override
  public boolean serves(Language from, Language to) {
    return engine.serves(from, to);
  }

  @Override
  public Future<Translation> translate(String text, TextFormat format, Language from, Language to) {
    calls.incrementAndGet();
    return engine.translate(text, format, from, to);
  }

  @Override
  public Future<Void> start() {
    return engine.start();
  }

  @Override
  public Future<Void> stop() {
    return engine.stop();
  }
}
