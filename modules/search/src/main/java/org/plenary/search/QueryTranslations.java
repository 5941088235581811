package org.plenary.search;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.translation.MachineTranslation;
import org.plenary.platform.translation.MachineTranslation.Sensitivity;
import org.plenary.platform.translation.TextFormat;

/**
 * A query in the other languages an engine translates it into, to be searched for beside the query itself: "infrastructure
 * critique" (French) also as "critical infrastructure". Translations are kept in memory (the most recent
 * {@value #KEPT}: the same queries come back, and a page's next page asks again); a language whose translation does not
 * come within the budget is left out of this search, which goes on without it, and is kept for the next one when it comes.
 */
final class QueryTranslations {

  static final int KEPT = 2_000;
  /** The words of the query are the searcher's own: they may go to any engine the server has. */
  private static final Sensitivity QUERY = Sensitivity.OPEN;

  /** A query as also searched in one language. */
  record AlsoSearched(Language language, String query) {
  }

  private final MachineTranslation machine;
  private final Duration budget;
  private final Map<String, String> kept = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > KEPT;
    }
  };

  QueryTranslations(MachineTranslation machine, Duration budget) {
    this.machine = machine;
    this.budget = budget;
  }

  /** The query in every language an engine serves from {@code from}, those that came in time, in the UN's order. */
  Future<List<AlsoSearched>> of(Vertx vertx, String query, Optional<Language> from) {
    if (from.isEmpty() || budget.isZero()) {
      return Future.succeededFuture(List.of());
    }
    List<Future<Optional<AlsoSearched>>> each = new ArrayList<>();
    for (Language to : machine.targetsFrom(from.get(), QUERY)) {
      each.add(inTime(vertx, query, from.get(), to));
    }
    return Future.join(each).otherwise(ignored -> null).map(done -> each.stream()
        .map(term -> term.result() == null ? Optional.<AlsoSearched>empty() : term.result())
        .flatMap(Optional::stream)
        .filter(also -> !also.query().isBlank() && !also.query().equalsIgnoreCase(query))
        .toList());
  }

  private Future<Optional<AlsoSearched>> inTime(Vertx vertx, String query, Language from, Language to) {
    String key = from.code() + ">" + to.code() + ":" + query;
    String known;
    synchronized (kept) {
      known = kept.get(key);
    }
    if (known != null) {
      return Future.succeededFuture(Optional.of(new AlsoSearched(to, known)));
    }
    Promise<Optional<AlsoSearched>> answer = Promise.promise();
    long timer = vertx.setTimer(budget.toMillis(), t -> answer.tryComplete(Optional.empty()));
    machine.choose(from, to, QUERY).engine().orElseThrow().translate(query, TextFormat.PLAIN, from, to)
        .onComplete(made -> {
          vertx.cancelTimer(timer);
          if (made.succeeded()) {
            String translated = made.result().text().strip();
            synchronized (kept) {
              kept.put(key, translated);
            }
            answer.tryComplete(Optional.of(new AlsoSearched(to, translated)));
          } else {
            answer.tryComplete(Optional.empty());
          }
        });
    return answer.future();
  }
}
