package org.plenary.search;

import io.vertx.sqlclient.Pool;
import java.util.List;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.search.SearchIndex;

/** The search bounded context: the index other contexts feed, and the API that reads it. */
public final class Search implements PlenaryModule {

  private static final SearchIndex INDEX = new SearchIndexStore();

  private final List<ApiModule> apis;

  public Search(Pool pool, ForumAccess forum, SearchTuning tuning) {
    this.apis = List.of(new SearchApi(pool, forum, tuning));
  }

  /** What contexts write to, in their own transactions; needed before the contexts that feed it exist. */
  public static SearchIndex index() {
    return INDEX;
  }

  @Override
  public List<ApiModule> apis() {
    return apis;
  }
}
