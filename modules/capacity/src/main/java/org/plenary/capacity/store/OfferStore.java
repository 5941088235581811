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
import org.plenary.capacity.domain.Offer;
import org.plenary.capacity.domain.OfferContent;
import org.plenary.capacity.matching.OfferProfile;
import org.plenary.capacity.matching.Profiles;

/** Offers in PostgreSQL. */
public final class OfferStore {

  private final Pool pool;
  private final Profiles profiles;

  public OfferStore(Pool pool, Profiles profiles) {
    this.pool = pool;
    this.profiles = profiles;
  }

  public Future<Optional<Offer>> find(UUID id) {
    return find(pool, id);
  }

  public Future<Optional<Offer>> find(SqlClient client, UUID id) {
    return client.preparedQuery(CapacityQueries.FIND_OFFER).execute(Tuple.of(id)).map(rows -> Rows.first(rows, Rows::offer));
  }

  /** The offer, its row locked until the transaction ends: capacity is committed under this lock. */
  public Future<Optional<Offer>> lock(SqlClient client, UUID id) {
    return client.preparedQuery(CapacityQueries.LOCK_OFFER).execute(Tuple.of(id)).map(rows -> Rows.first(rows, Rows::offer));
  }

  public Future<List<Offer>> findAll(SqlClient client, List<UUID> ids) {
    return client.preparedQuery(CapacityQueries.FIND_OFFERS).execute(Tuple.of(ids.toArray(UUID[]::new)))
        .map(rows -> Rows.all(rows, Rows::offer));
  }

  /** Filters of the offers list; {@code servedRegions} null matches every offer, else those serving one or every region. */
  public record Filter(String status, String area, String language, List<String> servedRegions, String provider) {
  }

  public Future<List<Offer>> list(Filter filter, Instant afterCreated, UUID afterId, int limit) {
    boolean byRegion = filter.servedRegions() != null;
    Tuple params = Tuple.tuple().addString(filter.status()).addString(filter.area()).addString(filter.language())
        .addBoolean(byRegion).addArrayOfString(byRegion ? Params.array(filter.servedRegions()) : new String[0])
        .addString(filter.provider()).addOffsetDateTime(Params.utc(afterCreated)).addUUID(afterId).addInteger(limit);
    return pool.preparedQuery(CapacityQueries.LIST_OFFERS).execute(params).map(rows -> Rows.all(rows, Rows::offer));
  }

  public Future<Boolean> isProvider(String organizationId) {
    return pool.preparedQuery(CapacityQueries.IS_PROVIDER).execute(Tuple.of(organizationId))
        .map(rows -> rows.iterator().next().getBoolean("provider"));
  }

  public Future<UUID> insert(SqlClient client, String organizationId, UUID authorId, OfferContent content, Instant at) {
    Tuple params = withContent(Tuple.tuple().addString(organizationId).addUUID(authorId), content)
        .addOffsetDateTime(Params.utc(at));
    return client.preparedQuery(CapacityQueries.INSERT_OFFER).execute(params)
        .map(rows -> rows.iterator().next().getUUID("id"));
  }

  public Future<Void> update(SqlClient client, UUID id, OfferContent content, Instant at) {
    Tuple params = withContent(Tuple.tuple().addUUID(id), content).addString(content.status().wire())
        .addOffsetDateTime(Params.utc(at));
    return client.preparedQuery(CapacityQueries.UPDATE_OFFER).execute(params).mapEmpty();
  }

  private static Tuple withContent(Tuple params, OfferContent c) {
    return params.addString(c.title()).addString(c.description())
        .addArrayOfString(Params.array(c.areas())).addArrayOfString(Params.array(c.regions()))
        .addArrayOfString(Params.array(c.languages())).addArrayOfString(Params.modalities(c.modalities()))
        .addLocalDate(c.timeframe().startsOn()).addLocalDate(c.timeframe().endsOn()).addInteger(c.capacity());
  }

  /** Uses up one engagement of the offer; call with the offer locked. */
  public Future<Void> commitCapacity(SqlClient client, UUID id) {
    return client.preparedQuery(CapacityQueries.COMMIT_CAPACITY).execute(Tuple.of(id)).mapEmpty();
  }

  /** An offer as written at {@code version}; {@code profile} is empty when it can no longer be matched. */
  public record Change(UUID id, long version, Optional<OfferProfile> profile) {
  }

  /** The offers written since {@code version}, in version order. */
  public Future<List<Change>> changedSince(long version) {
    return pool.preparedQuery(CapacityQueries.OFFERS_CHANGED_SINCE).execute(Tuple.of(version))
        .map(rows -> Rows.all(rows, row -> {
          boolean matchable = "open".equals(row.getString("status"))
              && row.getInteger("committed") < row.getInteger("capacity");
          return new Change(row.getUUID("id"), row.getLong("version"),
              matchable ? Optional.of(Rows.offerProfile(row, profiles)) : Optional.empty());
        }));
  }

  /** Every offer that can still be matched: what a full recompute reads. */
  public Future<List<OfferProfile>> allMatchable(LocalDate today) {
    return pool.preparedQuery(CapacityQueries.ALL_MATCHABLE_OFFERS).execute(Tuple.of(today))
        .map(rows -> Rows.all(rows, row -> Rows.offerProfile(row, profiles)));
  }
}
