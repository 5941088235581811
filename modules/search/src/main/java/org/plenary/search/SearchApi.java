package org.plenary.search;

import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Optional;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.search.SearchAudiences;

/**
 * {@code GET /search}: everything a reader may read, in every language, best match or newest first; with the query's
 * language ({@code queryLanguage}), also what its machine translations into the other languages find.
 */
final class SearchApi implements ApiModule {

  private final SearchStore store;
  private final ForumAccess forum;
  private final List<SearchAudiences> audiences;

  private final QueryTranslations translations;

  SearchApi(Pool pool, ForumAccess forum, List<SearchAudiences> audiences, SearchTuning tuning,
            QueryTranslations translations) {
    this.store = new SearchStore(pool, tuning);
    this.translations = translations;
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
    RequestInput in = RequestInput.of(rc);
    SearchRequest request = SearchRequest.of(in, Caller.of(rc), forum, audiences);
    // The query's language, as the searcher's interface says it: what it is translated from.
    Optional<Language> from = in.query("queryLanguage").flatMap(Language::of);
    translations.of(rc.vertx(), request.text(), from)
        .compose(also -> store.page(request, also.stream().map(QueryTranslations.AlsoSearched::query).toList())
            .map(hits -> SearchJson.page(SearchResults.page(hits, request, forum), also)))
        .onSuccess(page -> Responses.ok(rc, page))
        .onFailure(rc::fail);
  }
}
