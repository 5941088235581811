package org.plenary.search;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneOffset;
import org.plenary.platform.search.SearchDocument;
import org.plenary.platform.search.SearchIndex;

/** The search index in PostgreSQL, written in the caller's transaction. */
final class SearchIndexStore implements SearchIndex {

  @Override
  public Future<Void> put(SqlClient transaction, SearchDocument d) {
    return transaction.preparedQuery(SearchQueries.PUT).execute(Tuple.tuple()
            .addString(d.id()).addString(d.kind()).addString(d.scope()).addString(d.topicId())
            .addString(Snippets.withoutMarkers(d.title())).addString(Snippets.withoutMarkers(d.text()))
            .addString(d.language()).addString(d.audience()).addBoolean(d.chathamHouse()).addBoolean(d.hidden())
            .addUUID(d.authorId()).addString(d.organizationId())
            .addOffsetDateTime(d.createdAt().atOffset(ZoneOffset.UTC)).addString(d.href()))
        .mapEmpty();
  }

  @Override
  public Future<Void> setHidden(SqlClient transaction, String id, boolean hidden) {
    return transaction.preparedQuery(SearchQueries.SET_HIDDEN).execute(Tuple.of(id, hidden)).mapEmpty();
  }

  @Override
  public Future<Void> setAccess(SqlClient transaction, String scope, String audience, boolean chathamHouse) {
    return transaction.preparedQuery(SearchQueries.SET_ACCESS).execute(Tuple.of(scope, audience, chathamHouse))
        .mapEmpty();
  }

  @Override
  public Future<Void> remove(SqlClient transaction, String id) {
    return transaction.preparedQuery(SearchQueries.REMOVE).execute(Tuple.of(id)).mapEmpty();
  }
}
