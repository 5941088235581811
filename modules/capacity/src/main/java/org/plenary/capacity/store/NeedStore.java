package org.plenary.capacity.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.capacity.domain.Need;
import org.plenary.capacity.domain.NeedContent;
import org.plenary.capacity.domain.Offer;
import org.plenary.capacity.matching.NeedProfile;
import org.plenary.capacity.matching.Profiles;

/** Needs in PostgreSQL. */
public final class NeedStore {

  private final Pool pool;
  private final Profiles profiles;

  public NeedStore(Pool pool, Profiles profiles) {
    this.pool = pool;
    this.profiles = profiles;
  }

  public Future<Optional<Need>> find(UUID id) {
    return find(pool, id);
  }

  public Future<Optional<Need>> find(SqlClient client, UUID id) {
    return client.preparedQuery(CapacityQueries.FIND_NEED).execute(Tuple.of(id)).map(rows -> Rows.first(rows, Rows::need));
  }

  /** The need, its row locked until the transaction ends. */
  public Future<Optional<Need>> lock(SqlClient client, UUID id) {
    return client.preparedQuery(CapacityQueries.LOCK_NEED).execute(Tuple.of(id)).map(rows -> Rows.first(rows, Rows::need));
  }

  public Future<List<Need>> findAll(SqlClient client, List<UUID> ids) {
    return client.preparedQuery(CapacityQueries.FIND_NEEDS).execute(Tuple.of(ids.toArray(UUID[]::new)))
        .map(rows -> Rows.all(rows, Rows::need));
  }

  /** Filters of the needs list and the board; null matches everything. */
  public record Filter(String status, String area, String language, String region, String state) {
  }

  public Future<List<Need>> list(boolean seesRestricted, Filter filter, Instant afterCreated, UUID afterId, int limit) {
    Tuple params = Tuple.tuple().addBoolean(seesRestricted).addString(filter.status()).addString(filter.area())
        .addString(filter.language()).addString(filter.region()).addString(filter.state())
        .addOffsetDateTime(Params.utc(afterCreated)).addUUID(afterId).addInteger(limit);
    return pool.preparedQuery(CapacityQueries.LIST_NEEDS).execute(params).map(rows -> Rows.all(rows, Rows::need));
  }

  public Future<UUID> insert(SqlClient client, String stateId, UUID authorId, NeedContent content, Instant at) {
    Tuple params = withContent(Tuple.tuple().addString(stateId).addUUID(authorId), content)
        .addOffsetDateTime(Params.utc(at));
    return client.preparedQuery(CapacityQueries.INSERT_NEED).execute(params)
        .map(rows -> rows.iterator().next().getUUID("id"));
  }

  public Future<Void> update(SqlClient client, UUID id, NeedContent content, Instant at) {
    Tuple params = withContent(Tuple.tuple().addUUID(id), content).addString(content.status().wire())
        .addOffsetDateTime(Params.utc(at));
    return client.preparedQuery(CapacityQueries.UPDATE_NEED).execute(params).mapEmpty();
  }

  private static Tuple withContent(Tuple params, NeedContent c) {
    return params.addString(c.title()).addString(c.description())
        .addArrayOfString(Params.array(c.areas())).addArrayOfString(Params.array(c.regions()))
        .addArrayOfString(Params.array(c.matchStates())).addArrayOfString(Params.array(c.matchGroups()))
        .addArrayOfString(Params.array(c.languages())).addArrayOfString(Params.modalities(c.modalities()))
        .addLocalDate(c.timeframe().startsOn()).addLocalDate(c.timeframe().endsOn()).addString(c.visibility().wire());
  }

  /** Records the first agreement on the need. */
  public Future<Void> markMatched(SqlClient client, UUID id, Instant at) {
    return client.preparedQuery(CapacityQueries.MARK_NEED_MATCHED).execute(Tuple.of(id, Params.utc(at))).mapEmpty();
  }

  /** Open needs {@code offer} could serve by language and area; restricted ones only if {@code seesRestricted}. */
  public Future<List<NeedProfile>> matchable(SqlClient client, Offer offer, LocalDate today, boolean seesRestricted) {
    Tuple params = Tuple.tuple().addArrayOfString(Params.array(offer.content().languages()))
        .addArrayOfString(Params.array(offer.content().areas())).addLocalDate(today).addBoolean(seesRestricted)
        .addString(offer.provider().id());
    return client.preparedQuery(CapacityQueries.MATCHABLE_NEEDS).execute(params)
        .map(rows -> Rows.all(rows, row -> Rows.needProfile(row, profiles)));
  }

  /** Every open need that has not ended: what a full recompute ranks. */
  public Future<List<NeedProfile>> allMatchable(LocalDate today) {
    return pool.preparedQuery(CapacityQueries.ALL_MATCHABLE_NEEDS).execute(Tuple.of(today))
        .map(rows -> Rows.all(rows, row -> Rows.needProfile(row, profiles)));
  }
}
