package org.plenary.radar.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.identity.Participant;
import org.plenary.radar.domain.Assessment;
import org.plenary.radar.domain.Rating;
import org.plenary.radar.domain.Round;

/** Rounds and their assessments in PostgreSQL. */
public final class RoundStore {

  private final Pool pool;

  public RoundStore(Pool pool) {
    this.pool = pool;
  }

  public Pool pool() {
    return pool;
  }

  public Future<Void> insert(SqlClient client, UUID id, String title, Participant by, Instant at) {
    return client.preparedQuery(RadarQueries.INSERT_ROUND)
        .execute(Tuple.of(id, title, by.id(), SignalStore.utc(at))).mapEmpty();
  }

  public Future<Optional<Round>> find(SqlClient client, UUID id) {
    return client.preparedQuery(RadarQueries.FIND_ROUND).execute(Tuple.of(id))
        .map(rows -> Rows.first(rows, Rows::round));
  }

  /** The round, held until the transaction ends so that it is not closed meanwhile. */
  public Future<Optional<Round>> hold(SqlClient client, UUID id) {
    return client.preparedQuery(RadarQueries.HOLD_ROUND).execute(Tuple.of(id))
        .map(rows -> Rows.first(rows, Rows::round));
  }

  /** The round, locked until the transaction ends (to close it). */
  public Future<Optional<Round>> lock(SqlClient client, UUID id) {
    return client.preparedQuery(RadarQueries.LOCK_ROUND).execute(Tuple.of(id))
        .map(rows -> Rows.first(rows, Rows::round));
  }

  public Future<Boolean> close(SqlClient client, UUID id, Participant by, Instant at) {
    return client.preparedQuery(RadarQueries.CLOSE_ROUND).execute(Tuple.of(id, by.id(), SignalStore.utc(at)))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Newest first. */
  public Future<List<Round>> list() {
    return pool.query(RadarQueries.LIST_ROUNDS).execute().map(rows -> Rows.all(rows, Rows::round));
  }

  /** The round opened just before {@code round}. */
  public Future<Optional<Round>> previous(SqlClient client, Round round) {
    return client.preparedQuery(RadarQueries.PREVIOUS_ROUND)
        .execute(Tuple.of(SignalStore.utc(round.openedAt()), round.id())).map(rows -> Rows.first(rows, Rows::round));
  }

  public Future<Void> rate(SqlClient client, UUID roundId, UUID signalId, Participant by, int likelihood,
                           int impact, Instant at) {
    Tuple params = Tuple.tuple().addUUID(roundId).addUUID(signalId).addString(by.organization().id())
        .addString(by.organization().kind().wire())
        .addString(by.organization().regionalGroup().map(g -> g.wire()).orElse(null))
        .addInteger(likelihood).addInteger(impact).addUUID(by.id()).addOffsetDateTime(SignalStore.utc(at));
    return client.preparedQuery(RadarQueries.UPSERT_ASSESSMENT).execute(params).mapEmpty();
  }

  public Future<Optional<Assessment>> assessment(SqlClient client, UUID roundId, UUID signalId,
                                                 String organizationId) {
    return client.preparedQuery(RadarQueries.FIND_ASSESSMENT).execute(Tuple.of(roundId, signalId, organizationId))
        .map(rows -> Rows.first(rows, Rows::assessment));
  }

  /** The round's ratings, for the aggregation only. */
  public Future<List<Rating>> ratings(SqlClient client, UUID roundId) {
    return client.preparedQuery(RadarQueries.RATINGS).execute(Tuple.of(roundId))
        .map(rows -> Rows.all(rows, Rows::rating));
  }
}
