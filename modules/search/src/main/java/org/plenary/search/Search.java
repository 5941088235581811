package org.plenary.search;

import io.vertx.sqlclient.Pool;
import java.util.List;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.module.PlenaryModule;

/** The search bounded context: the API that reads the index every context feeds ({@code platform.search}). */
public final class Search implements PlenaryModule {

  private final List<ApiModule> apis;

  public Search(Pool pool, ForumAccess forum, SearchTuning tuning) {
    this.apis = List.of(new SearchApi(pool, forum, tuning));
  }

  @Override
  public List<ApiModule> apis() {
    return apis;
  }
}
