package org.plenary.capacity.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.capacity.domain.Engagement;
import org.plenary.capacity.domain.EngagementStatus;
import org.plenary.capacity.domain.EngagementStep;

/** Engagements and their history in PostgreSQL. */
public final class EngagementStore {

  private final Pool pool;

  public EngagementStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Optional<Engagement>> find(UUID id) {
    return find(pool, id);
  }

  public Future<Optional<Engagement>> find(SqlClient client, UUID id) {
    return client.preparedQuery(CapacityQueries.FIND_ENGAGEMENT).execute(Tuple.of(id))
        .map(rows -> Rows.first(rows, Rows::engagement));
  }

  public Future<Optional<Engagement>> lock(SqlClient client, UUID id) {
    return client.preparedQuery(CapacityQueries.LOCK_ENGAGEMENT).execute(Tuple.of(id))
        .map(rows -> Rows.first(rows, Rows::engagement));
  }

  public Future<Optional<Engagement>> findPair(SqlClient client, UUID needId, UUID offerId) {
    return client.preparedQuery(CapacityQueries.FIND_ENGAGEMENT_OF_PAIR).execute(Tuple.of(needId, offerId))
        .map(rows -> Rows.first(rows, Rows::engagement));
  }

  /** Filters of the engagements list; null matches everything. */
  public record Filter(UUID needId, UUID offerId, String status) {
  }

  /** The engagements of {@code organizationId}, or every engagement when {@code seesAll}. */
  public Future<List<Engagement>> list(boolean seesAll, String organizationId, Filter filter, Instant afterUpdated,
                                       UUID afterId, int limit) {
    Tuple params = Tuple.tuple().addBoolean(seesAll).addString(organizationId).addUUID(filter.needId())
        .addUUID(filter.offerId()).addString(filter.status()).addOffsetDateTime(Params.utc(afterUpdated))
        .addUUID(afterId).addInteger(limit);
    return pool.preparedQuery(CapacityQueries.LIST_ENGAGEMENTS).execute(params)
        .map(rows -> Rows.all(rows, Rows::engagement));
  }

  public record NewEngagement(UUID needId, UUID offerId, String stateId, String providerId, Engagement.Side initiatedBy,
                              double score, String message, Instant at) {
  }

  /** The new engagement's id, or empty when the pair has one already. */
  public Future<Optional<UUID>> insert(SqlClient client, NewEngagement e) {
    Tuple params = Tuple.tuple().addUUID(e.needId()).addUUID(e.offerId()).addString(e.stateId())
        .addString(e.providerId()).addString(e.initiatedBy().wire()).addDouble(e.score()).addString(e.message())
        .addOffsetDateTime(Params.utc(e.at()));
    return client.preparedQuery(CapacityQueries.INSERT_ENGAGEMENT).execute(params)
        .map(rows -> Rows.first(rows, row -> row.getUUID("id")));
  }

  /**
   * Records {@code side}'s {@code step}, leaving the engagement in {@code status}; {@code outcome} is that
   * side's outcome note when it confirms completion.
   */
  public Future<Void> move(SqlClient client, UUID id, EngagementStep step, Engagement.Side side,
                           EngagementStatus status, Instant at, String outcome) {
    Tuple params = Tuple.tuple().addUUID(id).addString(status.wire()).addOffsetDateTime(Params.utc(at))
        .addString(step.wire()).addString(side.wire())
        .addString(step == EngagementStep.COMPLETION_CONFIRMED ? outcome : null);
    return client.preparedQuery(CapacityQueries.MOVE_ENGAGEMENT).execute(params).mapEmpty();
  }

  public Future<Void> addStep(SqlClient client, UUID engagementId, EngagementStep step, EngagementStatus status,
                              UUID actorId, String organizationId, String note, Instant at) {
    Tuple params = Tuple.tuple().addUUID(engagementId).addString(step.wire()).addString(status.wire())
        .addUUID(actorId).addString(organizationId).addString(note).addOffsetDateTime(Params.utc(at));
    return client.preparedQuery(CapacityQueries.INSERT_STEP).execute(params).mapEmpty();
  }

  public Future<List<Engagement.Step>> steps(UUID engagementId) {
    return pool.preparedQuery(CapacityQueries.STEPS).execute(Tuple.of(engagementId))
        .map(rows -> Rows.all(rows, Rows::step));
  }
}
