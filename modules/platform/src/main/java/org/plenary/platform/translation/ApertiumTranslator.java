package org.plenary.platform.translation;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.plenary.platform.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apertium, run on this server as a local process (Debian's {@code apertium} with its language pairs): the text
 * goes to the process's standard input and never leaves the machine. Runs on a small pool of worker threads of
 * its own, each run killed past the timeout; a pair without a mode of its own goes through a pivot, and says so.
 */
public final class ApertiumTranslator implements Translator {

  public static final String ENGINE = "apertium";
  private static final Logger LOG = LoggerFactory.getLogger(ApertiumTranslator.class);
  /** Apertium is CPU-bound: more runs at once than this would only queue on the cores. */
  private static final int RUNS_AT_ONCE = 2;

  private final String command;
  private final Duration timeout;
  private final WorkerExecutor workers;
  private volatile ApertiumPairs pairs = ApertiumPairs.none();

  public ApertiumTranslator(Vertx vertx, String command, Duration timeout) {
    this.command = command;
    this.timeout = timeout;
    this.workers = vertx.createSharedWorkerExecutor("plenary-apertium", RUNS_AT_ONCE);
  }

  /** Learns the installed modes ({@code apertium -l}); without Apertium it serves no pair, and logs why. */
  @Override
  public Future<Void> start() {
    return workers.executeBlocking(() -> LocalProcess.run(List.of(command, "-l"), "", timeout), false)
        .map(listing -> {
          pairs = ApertiumPairs.parse(listing.lines().toList());
          LOG.info("Apertium modes: {}", listing.lines().map(String::trim).toList());
          return (Void) null;
        })
        .recover(failure -> {
          LOG.warn("Apertium ({}) is not usable, so it translates nothing: {}", command, failure.getMessage());
          return Future.succeededFuture();
        });
  }

  /** Whether any pair was found: the tests that need Apertium fail on a machine without it. */
  public boolean installed() {
    return !pairs.isEmpty();
  }

  @Override
  public String engine() {
    return ENGINE;
  }

  @Override
  public boolean local() {
    return true;
  }

  @Override
  public boolean serves(Language from, Language to) {
    return pairs.route(from, to).isPresent();
  }

  @Override
  public Future<Translation> translate(String text, TextFormat format, Language from, Language to) {
    var route = pairs.route(from, to);
    if (route.isEmpty()) {
      return Future.failedFuture(new IllegalArgumentException("Apertium serves no " + from + " to " + to));
    }
    return workers.executeBlocking(() -> run(text, format, route.get()), false)
        .recover(failure -> Future.failedFuture(failure instanceof TranslationUnavailable ? failure
            : new TranslationUnavailable(ENGINE, String.valueOf(failure.getMessage()))))
        .map(translated -> new Translation(translated, from, to, ENGINE, pivots(route.get())));
  }

  private String run(String text, TextFormat format, List<ApertiumPairs.Step> steps) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String current = text;
    for (ApertiumPairs.Step step : steps) {
      Duration left = Duration.ofNanos(deadline - System.nanoTime());
      if (left.isNegative() || left.isZero()) {
        throw new TranslationUnavailable(ENGINE, "no time left for " + step.mode());
      }
      // -u: no marks on unknown words (Apertium's "*word"), which readers would take for the author's.
      List<String> args = List.of(command, "-u", "-f", format == TextFormat.HTML ? "html" : "txt", step.mode());
      try {
        current = LocalProcess.run(args, current, left);
      } catch (IOException e) {
        throw new TranslationUnavailable(ENGINE, step.mode() + ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TranslationUnavailable(ENGINE, "interrupted");
      }
    }
    return format == TextFormat.PLAIN ? current.strip() : current;
  }

  private static List<Language> pivots(List<ApertiumPairs.Step> steps) {
    List<Language> via = new ArrayList<>();
    for (int i = 1; i < steps.size(); i++) {
      via.add(steps.get(i).from());
    }
    return via;
  }

  @Override
  public Future<Void> stop() {
    return workers.close();
  }
}
