package org.plenary.search;

import io.vertx.sqlclient.Pool;
import java.util.List;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.search.SearchAudiences;

/** The search bounded context: the API that reads the index every context feeds ({@code platform.search}). */
public final class Search implements PlenaryModule {

  private final List<ApiModule> apis;

  /** Finds what the forum lets a reader read, and what the documents of {@code audiences} let them find. */
  public Search(Pool pool, ForumAccess forum, List<SearchAudiences> audiences, SearchTuning tuning) {
    this.apis = List.of(new SearchApi(pool, forum, audiences, tuning));
  }

  /** Finds only what the forum's audiences let a reader find (the board files its needs and offers under them). */
  public Search(Pool pool, ForumAccess forum, SearchTuning tuning) {
    this(pool, forum, List.of(), tuning);
  }

  @Override
  public List<ApiModule> apis() {
    return apis;
  }
}
