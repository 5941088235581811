package org.plenary.implementation.store;

import static org.plenary.implementation.store.CycleStore.utc;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.forum.api.CitedPractices;
import org.plenary.implementation.domain.GoodPractice;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.PracticeMark;
import org.plenary.implementation.domain.SharePractice;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.organizations.RegionalGroup;

/** Good practices and the States' marks on them in PostgreSQL. */
public final class GoodPracticeStore {

  private final Pool pool;

  public GoodPracticeStore(Pool pool) {
    this.pool = pool;
  }

  /** The filters of the list; null matches everything. */
  public record Filter(Norm norm, RegionalGroup region, OrganizationKind kind) {
  }

  /** Where a page starts: after this practice, or at the newest when null. */
  public record After(Instant sharedAt, UUID id) {
  }

  public Future<Void> insert(SqlClient client, UUID id, Participant by, SharePractice share, Instant at) {
    Tuple params = Tuple.tuple().addUUID(id).addString(by.organization().id())
        .addString(by.organization().kind().wire()).addUUID(by.id()).addString(share.title()).addString(share.what())
        .addString(share.who()).addString(share.lessons()).addArrayOfString(share.links().toArray(String[]::new))
        .addString(share.language().wire())
        .addArrayOfString(share.norms().stream().map(Norm::wire).toArray(String[]::new))
        .addArrayOfString(share.regions().stream().map(RegionalGroup::wire).toArray(String[]::new))
        .addOffsetDateTime(utc(at));
    return client.preparedQuery(GoodPracticeQueries.INSERT).execute(params).mapEmpty();
  }

  /** The practice with the marks of {@code readerState} (null: none). */
  public Future<Optional<GoodPractice>> find(SqlClient client, UUID id, String readerState) {
    return client.preparedQuery(GoodPracticeQueries.FIND).execute(Tuple.of(id, readerState))
        .map(rows -> Rows.first(rows, Rows::practice));
  }

  public Future<Optional<GoodPractice>> find(UUID id, String readerState) {
    return find(pool, id, readerState);
  }

  public Future<List<GoodPractice>> list(Filter filter, After after, String readerState, int limit) {
    Tuple params = Tuple.tuple().addString(filter.norm() == null ? null : filter.norm().wire())
        .addString(filter.region() == null ? null : filter.region().wire())
        .addString(filter.kind() == null ? null : filter.kind().wire())
        .addOffsetDateTime(after == null ? null : utc(after.sharedAt()))
        .addUUID(after == null ? null : after.id()).addString(readerState).addInteger(limit);
    return pool.preparedQuery(GoodPracticeQueries.LIST).execute(params).map(rows -> Rows.all(rows, Rows::practice));
  }

  /** Of {@code ids}, the practices that exist, with the name of the organization that shared each. */
  public Future<List<CitedPractices.CitedPractice>> cited(Set<UUID> ids) {
    return pool.preparedQuery(GoodPracticeQueries.CITED).execute(Tuple.of(ids.toArray(UUID[]::new)))
        .map(rows -> Rows.all(rows, Rows::cited));
  }

  /** The names of the States that endorse the practice, alphabetically. */
  public Future<List<String>> endorsedBy(SqlClient client, UUID id) {
    return client.preparedQuery(GoodPracticeQueries.ENDORSED_BY).execute(Tuple.of(id))
        .map(rows -> Rows.all(rows, row -> row.getString("name")));
  }

  /** Whether the mark was given (false: the State had given it already). */
  public Future<Boolean> mark(SqlClient client, UUID id, PracticeMark mark, Participant by, Instant at) {
    return client.preparedQuery(GoodPracticeQueries.INSERT_MARK)
        .execute(Tuple.of(id, by.organization().id(), mark.wire(), by.id(), utc(at)))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Whether there was a mark to withdraw. */
  public Future<Boolean> unmark(SqlClient client, UUID id, PracticeMark mark, String stateId) {
    return client.preparedQuery(GoodPracticeQueries.DELETE_MARK).execute(Tuple.of(id, stateId, mark.wire()))
        .map(rows -> rows.rowCount() == 1);
  }
}
