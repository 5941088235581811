package org.plenary.platform.search;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The search index in PostgreSQL ({@code search_document}), written in the caller's transaction. It is the
 * platform's, as every context that has something to be found writes to it; the search context reads it. Its
 * table came with the forum's migrations (V31 filled it with the threads and posts of the time, and an applied
 * migration never changes), so a test of a context that writes the index has the forum on its classpath.
 */
public final class PostgresSearchIndex implements SearchIndex {

  private static final String PUT = """
      INSERT INTO search_document (id, kind, scope, topic_id, title, body, language, audience, chatham_house, hidden,
        author_id, organization_id, constituency, regional_group, created_at, href, tags, document)
      SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, o.kind, o.regional_group, $13, $14, $15,
        search_vector($7, $5, $6)
      FROM (VALUES (1)) AS one LEFT JOIN organization o ON o.id = $12
      ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, scope = excluded.scope, topic_id = excluded.topic_id,
        title = excluded.title, body = excluded.body, language = excluded.language, audience = excluded.audience,
        chatham_house = excluded.chatham_house, hidden = excluded.hidden, author_id = excluded.author_id,
        organization_id = excluded.organization_id, constituency = excluded.constituency,
        regional_group = excluded.regional_group, created_at = excluded.created_at, href = excluded.href,
        tags = excluded.tags, document = excluded.document""";

  private static final String SET_HIDDEN = "UPDATE search_document SET hidden = $2 WHERE id = $1";

  private static final String SET_ACCESS = "UPDATE search_document SET audience = $2, chatham_house = $3"
      + " WHERE scope = $1 AND (audience <> $2 OR chatham_house <> $3)";

  private static final String REMOVE = "DELETE FROM search_document WHERE id = $1";

  @Override
  public Future<Void> put(SqlClient transaction, SearchDocument d) {
    return transaction.preparedQuery(PUT).execute(parameters(d)).mapEmpty();
  }

  @Override
  public Future<Void> putAll(SqlClient transaction, List<SearchDocument> documents) {
    return documents.isEmpty() ? Future.succeededFuture()
        : transaction.preparedQuery(PUT).executeBatch(documents.stream().map(PostgresSearchIndex::parameters).toList())
            .mapEmpty();
  }

  private static Tuple parameters(SearchDocument d) {
    return Tuple.tuple()
            .addString(d.id()).addString(d.kind()).addString(d.scope()).addString(d.topicId())
            .addString(SearchMarkers.removedFrom(d.title())).addString(SearchMarkers.removedFrom(d.text()))
            .addString(d.language()).addString(d.audience()).addBoolean(d.chathamHouse()).addBoolean(d.hidden())
            .addUUID(d.authorId()).addString(d.organizationId())
            .addOffsetDateTime(d.createdAt().atOffset(ZoneOffset.UTC)).addString(d.href())
            .addArrayOfString(d.tags().toArray(String[]::new));
  }

  @Override
  public Future<Void> setHidden(SqlClient transaction, String id, boolean hidden) {
    return transaction.preparedQuery(SET_HIDDEN).execute(Tuple.of(id, hidden)).mapEmpty();
  }

  @Override
  public Future<Void> setAccess(SqlClient transaction, String scope, String audience, boolean chathamHouse) {
    return transaction.preparedQuery(SET_ACCESS).execute(Tuple.of(scope, audience, chathamHouse))
        .mapEmpty();
  }

  @Override
  public Future<Void> remove(SqlClient transaction, String id) {
    return transaction.preparedQuery(REMOVE).execute(Tuple.of(id)).mapEmpty();
  }
}
