package org.plenary.search;

import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.util.List;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.search.SearchAudiences;

/** {@code GET /search}: everything a reader may read, in every language, best match or newest first. */
final class SearchApi implements ApiModule {

  private final SearchStore store;
  private final ForumAccess forum;
  private final List<SearchAudiences> audiences;

  SearchApi(Pool pool, ForumAccess forum, List<SearchAudiences> audiences, SearchTuning tuning) {
    this.store = new SearchStore(pool, tuning);
    this.forum = forum;
    this.audiences = List.copyOf(audiences);
  }

  @Override
  public String openApiFragment() {
    return "openapi/search.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("search", this::search);
  }

  private void search(RoutingContext rc) {
    SearchRequest request = SearchRequest.of(RequestInput.of(rc), Caller.of(rc), forum, audiences);
    store.page(request).map(hits -> SearchJson.page(SearchResults.page(hits, request, forum)))
        .onSuccess(page -> Responses.ok(rc, page))
        .onFailure(rc::fail);
  }
}
