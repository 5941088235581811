package org.plenary.search;

import io.vertx.sqlclient.Pool;
import java.util.List;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.search.SearchIndex;

/** The search bounded context: the index other contexts feed, and the API that reads it. */
public final class Search {

  private static final SearchIndex INDEX = new SearchIndexStore();

  private Search() {
  }

  /** What contexts write to, in their own transactions. */
  public static SearchIndex index() {
    return INDEX;
  }

  public static List<ApiModule> apis(Pool pool, ForumAccess forum, SearchTuning tuning) {
    return List.of(new SearchApi(pool, forum, tuning));
  }
}
