package org.plenary.search;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** Reads pages of matches from the index ({@link SearchIndexStore} writes it). */
final class SearchStore {

  private final Pool pool;
  private final String pageByRelevance;
  private final String pageByTime;

  SearchStore(Pool pool, SearchTuning tuning) {
    this.pool = pool;
    this.pageByRelevance = SearchQueries.pageByRelevance(tuning);
    this.pageByTime = SearchQueries.pageByTime(tuning);
  }

  /** The request's page, and one more match if there is one (so the caller knows there is a next page). */
  Future<List<SearchHit>> page(SearchRequest request) {
    return page(request, List.of());
  }

  /** As {@link #page(SearchRequest)}, also finding what matches any of {@code alsoSearched}, the query translated. */
  Future<List<SearchHit>> page(SearchRequest request, List<String> alsoSearched) {
    List<Object> terms = new ArrayList<>();
    terms.add(request.text());
    terms.addAll(alsoSearched);
    String sql = request.byTime() ? pageByTime : pageByRelevance;
    // A generic plan cannot know whether a word matches ten documents or half a million; the right plan
    // (walk the newest documents, or look the word up in the GIN index) differs by orders of magnitude.
    // And no JIT: a branch that does not run (the index's, estimated at half a million rows) passes jit_above_cost,
    // and compiling the plan took 440 ms of a 10 ms search at a million posts.
    return pool.withTransaction(conn -> conn.query("SET LOCAL plan_cache_mode = force_custom_plan; SET LOCAL jit = off")
            .execute()
            .compose(set -> conn.preparedQuery(SearchQueries.query(terms.size())).execute(Tuple.tuple(terms)))
            .compose(query -> conn.preparedQuery(sql).execute(request.parameters(
                query.iterator().next().getString("query"), Snippets.HEADLINE_OPTIONS))))
        .map(rows -> {
          List<SearchHit> hits = new ArrayList<>(rows.size());
          rows.forEach(row -> hits.add(Rows.hit(row)));
          return hits;
        });
  }
}
