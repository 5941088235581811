package org.plenary.radar.store;

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
import org.plenary.platform.identity.Participant;
import org.plenary.radar.domain.NewSignal;
import org.plenary.radar.domain.Signal;

/** Signals in PostgreSQL. */
public final class SignalStore {

  private final Pool pool;

  public SignalStore(Pool pool) {
    this.pool = pool;
  }

  /** Where a page starts: after this signal, or at the newest when null. */
  public record After(Instant proposedAt, UUID id) {
  }

  public Future<Void> insert(SqlClient client, UUID id, Participant by, NewSignal signal, Instant at) {
    Tuple params = Tuple.tuple().addUUID(id).addString(signal.title()).addString(signal.description())
        .addString(signal.category().wire()).addArrayOfString(signal.norms().toArray(String[]::new))
        .addString(signal.horizon().wire()).addArrayOfString(signal.sources().toArray(String[]::new))
        .addUUID(signal.threadId().orElse(null)).addString(by.organization().id()).addUUID(by.id())
        .addOffsetDateTime(utc(at));
    return client.preparedQuery(RadarQueries.INSERT_SIGNAL).execute(params).mapEmpty();
  }

  public Future<Optional<Signal>> find(SqlClient client, UUID id) {
    return client.preparedQuery(RadarQueries.FIND_SIGNAL).execute(Tuple.of(id))
        .map(rows -> Rows.first(rows, Rows::signal));
  }

  public Future<Optional<Signal>> find(UUID id) {
    return find(pool, id);
  }

  /** Locks the signal for a merge; false when there is none. */
  public Future<Boolean> lock(SqlClient client, UUID id) {
    return client.preparedQuery(RadarQueries.LOCK_SIGNAL).execute(Tuple.of(id)).map(rows -> rows.size() == 1);
  }

  public Future<List<Signal>> list(After after, int limit) {
    Tuple params = Tuple.tuple().addOffsetDateTime(after == null ? null : utc(after.proposedAt()))
        .addUUID(after == null ? null : after.id()).addInteger(limit);
    return pool.preparedQuery(RadarQueries.LIST_SIGNALS).execute(params).map(rows -> Rows.all(rows, Rows::signal));
  }

  /** The signals not merged into another, proposed by {@code until}, oldest first. */
  public Future<List<Signal>> placed(SqlClient client, Instant until) {
    return client.preparedQuery(RadarQueries.RADAR_SIGNALS).execute(Tuple.of(utc(until)))
        .map(rows -> Rows.all(rows, Rows::signal));
  }

  /** Points {@code id} to {@code into}; false when it was merged already. */
  public Future<Boolean> merge(SqlClient client, UUID id, UUID into, Participant by, Instant at) {
    return client.preparedQuery(RadarQueries.MERGE).execute(Tuple.of(id, into, by.id(), utc(at)))
        .map(rows -> rows.rowCount() == 1);
  }

  static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
