package org.plenary.contacts.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.contacts.domain.ContactEntry;
import org.plenary.contacts.domain.SaveEntry;

/** The directory's entries and their versions in PostgreSQL. */
public final class DirectoryStore {

  private final Pool pool;

  public DirectoryStore(Pool pool) {
    this.pool = pool;
  }

  /** The State's latest entry, empty when {@code stateId} is no State. */
  public Future<Optional<ContactEntry>> find(SqlClient client, String stateId) {
    return client.preparedQuery(DirectoryQueries.FIND).execute(Tuple.of(stateId))
        .map(rows -> Rows.first(rows, Rows::entry));
  }

  public Future<Optional<ContactEntry>> find(String stateId) {
    return find(pool, stateId);
  }

  public Future<List<ContactEntry>> list() {
    return list(pool);
  }

  public Future<List<ContactEntry>> list(SqlClient client) {
    return client.preparedQuery(DirectoryQueries.LIST).execute().map(rows -> Rows.all(rows, Rows::entry));
  }

  public Future<List<ContactEntry>> history(String stateId) {
    return pool.preparedQuery(DirectoryQueries.HISTORY).execute(Tuple.of(stateId))
        .map(rows -> Rows.all(rows, Rows::entry));
  }

  public Future<Optional<ContactEntry>> version(SqlClient client, String stateId, int version) {
    return client.preparedQuery(DirectoryQueries.VERSION).execute(Tuple.of(stateId, version))
        .map(rows -> Rows.first(rows, Rows::entry));
  }

  /** The entry's latest version, locked until the transaction ends (0 when there is no entry yet). */
  public Future<Integer> lock(SqlClient client, String stateId) {
    return client.preparedQuery(DirectoryQueries.LOCK).execute(Tuple.of(stateId))
        .map(rows -> Rows.first(rows, row -> row.getInteger(0)).orElse(0));
  }

  /** Writes version {@code version}; false when another delegate wrote the first version meanwhile. */
  public Future<Boolean> write(SqlClient client, SaveEntry save, int version, UUID by, String byName, Instant at) {
    Future<Boolean> row = version == 1
        ? client.preparedQuery(DirectoryQueries.INSERT_ENTRY).execute(Tuple.of(save.stateId(), Rows.utc(at)))
            .map(rows -> rows.rowCount() == 1)
        : client.preparedQuery(DirectoryQueries.SET_LATEST).execute(Tuple.of(save.stateId(), version, Rows.utc(at)))
            .map(rows -> true);
    return row.compose(made -> !made ? Future.succeededFuture(false)
        : client.preparedQuery(DirectoryQueries.INSERT_VERSION).execute(Tuple.from(List.of(save.stateId(), version,
            Rows.contacts(save.contacts()), save.membersMayRead(), by, byName, Rows.utc(at)))).map(rows -> true));
  }
}
