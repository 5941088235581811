package org.plenary.platform.translation;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.plenary.platform.i18n.Language;

/**
 * The engines this server has, in the order it prefers them (LibreTranslate where configured, its models being
 * better than rules; then Apertium), and the rule of what each may be given: restricted text (under the Chatham
 * House Rule, or of a {@code states} thread) goes only to an engine on this server unless the Secretariat allows
 * otherwise ({@code PLENARY_TRANSLATION_EXTERNAL_RESTRICTED=allow}).
 */
public final class MachineTranslation {

  /** Whether a text may leave this server. */
  public enum Sensitivity { OPEN, RESTRICTED }

  /** Which engine translates a pair for a text: one, none at all, or only one the text may not go to. */
  public record Choice(Optional<Translator> engine, boolean onlyExternal) {
  }

  private final List<Translator> engines;
  private final boolean externalGetsRestricted;
  private final AtomicReference<Future<Void>> started = new AtomicReference<>();

  public MachineTranslation(List<Translator> engines, boolean externalGetsRestricted) {
    this.engines = List.copyOf(engines);
    this.externalGetsRestricted = externalGetsRestricted;
  }

  /** The engines {@code config} names (README.md, "Machine translation"). */
  public static MachineTranslation of(Vertx vertx, TranslationConfig config) {
    List<Translator> engines = new ArrayList<>();
    config.libreTranslateUrl().ifPresent(url -> engines.add(
        new LibreTranslateTranslator(vertx, url, config.libreTranslateKey(), config.timeout())));
    config.apertiumCommand().ifPresent(command -> engines.add(
        new ApertiumTranslator(vertx, command, config.timeout())));
    return new MachineTranslation(engines, config.externalGetsRestricted());
  }

  /** No engine: every pair is unavailable (tests of contexts that translate nothing). */
  public static MachineTranslation none() {
    return new MachineTranslation(List.of(), false);
  }

  /** Starts every engine once, however many contexts ask. */
  public Future<Void> start() {
    Future<Void> first = started.updateAndGet(already -> already != null ? already
        : Future.all(engines.stream().map(Translator::start).toList()).mapEmpty());
    return first;
  }

  public Future<Void> stop() {
    return Future.all(engines.stream().map(Translator::stop).toList()).mapEmpty();
  }

  public Choice choose(Language from, Language to, Sensitivity sensitivity) {
    List<Translator> serving = engines.stream().filter(engine -> engine.serves(from, to)).toList();
    Optional<Translator> allowed = serving.stream().filter(engine -> mayGive(engine, sensitivity)).findFirst();
    return new Choice(allowed, allowed.isEmpty() && !serving.isEmpty());
  }

  private boolean mayGive(Translator engine, Sensitivity sensitivity) {
    return engine.local() || sensitivity == Sensitivity.OPEN || externalGetsRestricted;
  }

  /** The languages other than {@code from} that some engine may translate a text of this sensitivity into. */
  public List<Language> targetsFrom(Language from, Sensitivity sensitivity) {
    return Arrays.stream(Language.values())
        .filter(to -> to != from && choose(from, to, sensitivity).engine().isPresent()).toList();
  }
}
