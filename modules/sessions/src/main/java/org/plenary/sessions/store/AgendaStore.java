package org.plenary.sessions.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.sessions.domain.AgendaItem;
import org.plenary.sessions.domain.AgendaVersion;

/** Agendas in PostgreSQL: the current items of each session, and every version as it stood. */
public final class AgendaStore {

  private final Pool pool;

  public AgendaStore(Pool pool) {
    this.pool = pool;
  }

  public Future<List<AgendaItem>> currentItems(UUID sessionId) {
    return currentItems(pool, sessionId);
  }

  public Future<List<AgendaItem>> currentItems(SqlClient client, UUID sessionId) {
    return client.preparedQuery(SessionQueries.CURRENT_ITEMS).execute(Tuple.of(sessionId))
        .map(rows -> Rows.all(rows, Rows::item));
  }

  public Future<Optional<AgendaVersion>> latest(UUID sessionId) {
    return latest(pool, sessionId);
  }

  public Future<Optional<AgendaVersion>> latest(SqlClient client, UUID sessionId) {
    return client.preparedQuery(SessionQueries.LATEST_VERSION).execute(Tuple.of(sessionId))
        .map(rows -> Rows.first(rows, Rows::version));
  }

  /** Versions newest first, those before {@code beforeVersion} (null: from the latest). */
  public Future<List<AgendaVersion>> versions(UUID sessionId, Integer beforeVersion, int limit) {
    return pool.preparedQuery(SessionQueries.LIST_VERSIONS).execute(Tuple.of(sessionId, beforeVersion, limit))
        .map(rows -> Rows.all(rows, Rows::version));
  }

  /**
   * Makes {@code items} the session's current agenda: those with a known id are changed in place (their id is
   * what documents and speakers lists refer to), the new ones inserted, the others marked removed.
   */
  public Future<Void> replaceItems(SqlClient client, UUID sessionId, List<AgendaItem> items, List<UUID> known,
                                   Instant at) {
    List<Tuple> inserts = new ArrayList<>();
    List<Tuple> updates = new ArrayList<>();
    for (AgendaItem item : items) {
      Tuple row = Tuple.tuple().addUUID(item.id()).addUUID(sessionId).addUUID(item.parentId().orElse(null))
          .addInteger(item.position()).addString(item.number()).addString(item.title())
          .addArrayOfString(item.topics().toArray(String[]::new)).addArrayOfUUID(item.threads().toArray(UUID[]::new))
          .addArrayOfUUID(item.drafts().toArray(UUID[]::new));
      (known.contains(item.id()) ? updates : inserts).add(row);
    }
    UUID[] kept = items.stream().map(AgendaItem::id).toArray(UUID[]::new);
    return client.preparedQuery(SessionQueries.REMOVE_OTHER_ITEMS).execute(Tuple.of(sessionId, kept, SessionStore.utc(at)))
        .compose(removed -> batch(client, SessionQueries.UPDATE_ITEM, updates))
        .compose(updated -> batch(client, SessionQueries.INSERT_ITEM, inserts));
  }

  public Future<Void> insertVersion(SqlClient client, AgendaVersion v) {
    Tuple params = Tuple.tuple().addUUID(v.id()).addUUID(v.sessionId()).addInteger(v.version())
        .addString(v.status().wire()).addString(v.reason().orElse(null)).addValue(Rows.snapshot(v.items()))
        .addUUID(v.createdBy()).addOffsetDateTime(SessionStore.utc(v.createdAt()));
    return client.preparedQuery(SessionQueries.INSERT_VERSION).execute(params).mapEmpty();
  }

  private static Future<Void> batch(SqlClient client, String sql, List<Tuple> rows) {
    return rows.isEmpty() ? Future.succeededFuture() : client.preparedQuery(sql).executeBatch(rows).mapEmpty();
  }
}
