package org.plenary.platform.search;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;

/**
 * How any bounded context feeds the search index: inside the transaction of its own write, so the index
 * is exactly as current as the data and rolls back with it, or in the transaction of a durable consumer of its
 * events (the forum's new posts: {@code ForumSearchIndexing}). {@link PostgresSearchIndex} implements it; the server
 * hands the implementation to each context that has something to be found.
 */
public interface SearchIndex {

  /** Adds the document, or replaces the one with the same id. */
  Future<Void> put(SqlClient transaction, SearchDocument document);

  /** Adds or replaces each document, in one round trip where the implementation can. */
  default Future<Void> putAll(SqlClient transaction, List<SearchDocument> documents) {
    Future<Void> done = Future.succeededFuture();
    for (SearchDocument document : documents) {
      done = done.compose(ok -> put(transaction, document));
    }
    return done;
  }

  /** Hides or shows a document (moderation), leaving its text as it is. */
  Future<Void> setHidden(SqlClient transaction, String id, boolean hidden);

  /** Changes who may find every document of a scope: a thread's audience or Chatham House flag changed. */
  Future<Void> setAccess(SqlClient transaction, String scope, String audience, boolean chathamHouse);

  Future<Void> remove(SqlClient transaction, String id);
}
