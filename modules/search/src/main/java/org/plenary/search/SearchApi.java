package org.plenary.search;

import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;

/** {@code GET /search}: everything a reader may read, in every language, best match or newest first. */
final class SearchApi implements ApiModule {

  private final Pool pool;
  private final ForumAccess forum;
  private final String pageByRelevance;

  SearchApi(Pool pool, ForumAccess forum, SearchTuning tuning) {
    this.pool = pool;
    this.forum = forum;
    this.pageByRelevance = SearchQueries.pageByRelevance(tuning);
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
    SearchRequest request = SearchRequest.of(RequestInput.of(rc), Caller.of(rc), forum);
    String sql = request.byTime() ? SearchQueries.PAGE_BY_TIME : pageByRelevance;
    // A generic plan cannot know whether a word matches ten documents or half a million; the right plan
    // (walk the newest documents, or look the word up in the GIN index) differs by orders of magnitude.
    pool.withTransaction(conn -> conn.query("SET LOCAL plan_cache_mode = force_custom_plan").execute()
            .compose(set -> conn.preparedQuery(SearchQueries.QUERY).execute(Tuple.of(request.text())))
            .compose(query -> conn.preparedQuery(sql).execute(request.parameters(
                query.iterator().next().getString("query"), Snippets.HEADLINE_OPTIONS))))
        .map(rows -> {
          List<Row> list = new ArrayList<>(rows.size());
          rows.forEach(list::add);
          return SearchResults.page(list, request, forum);
        })
        .onSuccess(page -> Responses.ok(rc, page))
        .onFailure(rc::fail);
  }
}
