package org.plenary.search;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.config.Settings;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.search.SearchAudiences;
import org.plenary.platform.translation.MachineTranslation;

/** The search bounded context: the API that reads the index every context feeds ({@code platform.search}). */
public final class Search implements PlenaryModule {

  private final List<ApiModule> apis;
  private final MachineTranslation machine;

  /**
   * Finds what the forum lets a reader read, and what the documents of {@code audiences} let them find, in the
   * query's language and in those {@code machine} translates it into.
   */
  public Search(Pool pool, ForumAccess forum, List<SearchAudiences> audiences, SearchTuning tuning,
                MachineTranslation machine, Duration translationBudget) {
    this.machine = machine;
    this.apis = List.of(new SearchApi(pool, forum, audiences, tuning,
        new QueryTranslations(machine, translationBudget)));
  }

  /** How long a search waits for its query's translations ({@code PLENARY_SEARCH_TRANSLATION_MILLIS}, 3,000). */
  public static Duration translationBudget(Map<String, String> env) {
    return Duration.ofMillis(Settings.of(env).integer("PLENARY_SEARCH_TRANSLATION_MILLIS", 3_000, 0, 60_000));
  }

  /** As above, without translating the query. */
  public Search(Pool pool, ForumAccess forum, List<SearchAudiences> audiences, SearchTuning tuning) {
    this(pool, forum, audiences, tuning, MachineTranslation.none(), Duration.ZERO);
  }

  /** Finds only what the forum's audiences let a reader find (the board files its needs and offers under them). */
  public Search(Pool pool, ForumAccess forum, SearchTuning tuning) {
    this(pool, forum, List.of(), tuning);
  }

  @Override
  public List<ApiModule> apis() {
    return apis;
  }

  /** The engines learn their pairs (once, whichever context starts them first). */
  @Override
  public Future<Void> start(Vertx vertx) {
    return machine.start();
  }
}
