package org.plenary.implementation.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.implementation.domain.Cycle;

/** Reporting cycles in PostgreSQL. */
public final class CycleStore {

  private final Pool pool;

  public CycleStore(Pool pool) {
    this.pool = pool;
  }

  /** Whether the cycle was new (false: a cycle of that id exists). */
  public Future<Boolean> insert(SqlClient client, Cycle cycle, UUID openedBy) {
    return client.preparedQuery(ImplementationQueries.INSERT_CYCLE).execute(Tuple.of(cycle.id(), cycle.title(),
        cycle.cutOff(), openedBy, utc(cycle.openedAt()))).map(rows -> rows.rowCount() == 1);
  }

  public Future<Optional<Cycle>> find(String id) {
    return find(pool, id);
  }

  public Future<Optional<Cycle>> find(SqlClient client, String id) {
    return client.preparedQuery(ImplementationQueries.FIND_CYCLE).execute(Tuple.of(id))
        .map(rows -> Rows.first(rows, Rows::cycle));
  }

  /** Newest first, after {@code after} (null: from the newest). */
  public Future<List<Cycle>> list(Cycle after, int limit) {
    Tuple params = Tuple.tuple().addOffsetDateTime(after == null ? null : utc(after.openedAt()))
        .addString(after == null ? null : after.id()).addInteger(limit);
    return pool.preparedQuery(ImplementationQueries.LIST_CYCLES).execute(params).map(rows -> Rows.all(rows, Rows::cycle));
  }

  static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}
