package org.plenary.implementation.store;

import static org.plenary.implementation.store.CycleStore.utc;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.implementation.domain.Audience;
import org.plenary.implementation.domain.CoverageCount;
import org.plenary.implementation.domain.ListedReport;
import org.plenary.implementation.domain.NeedLink;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.Publication;
import org.plenary.implementation.domain.Report;
import org.plenary.implementation.domain.ReportVersion;

/** National reports, their versions and publications in PostgreSQL. */
public final class ReportStore {

  private final Pool pool;

  public ReportStore(Pool pool) {
    this.pool = pool;
  }

  /** What a reader may read: reports for States too, and its own State's whatever the audience. */
  public record Reader(boolean readsStates, String stateId) {
  }

  /** The filters of the list of published reports; null matches everything. */
  public record Filter(String regionalGroup, Norm norm, String language) {
  }

  /** Where a page of the list starts: after this State (by name), or at the beginning when null. */
  public record After(String name, String stateId) {
  }

  public Future<Optional<Report>> find(String cycleId, String stateId) {
    return find(pool, cycleId, stateId);
  }

  public Future<Optional<Report>> find(SqlClient client, String cycleId, String stateId) {
    return client.preparedQuery(ImplementationQueries.FIND_REPORT).execute(Tuple.of(cycleId, stateId))
        .map(rows -> Rows.first(rows, Rows::report));
  }

  /** The report, locked until the caller's transaction ends: saves of one report are serialised. */
  public Future<Optional<Report>> lock(SqlClient client, String cycleId, String stateId) {
    return client.preparedQuery(ImplementationQueries.LOCK_REPORT).execute(Tuple.of(cycleId, stateId))
        .map(rows -> Rows.first(rows, Rows::report));
  }

  /** Whether the report was made (false: another delegate's first save made it meanwhile). */
  public Future<Boolean> insert(SqlClient client, UUID id, String cycleId, String stateId, Instant at) {
    return client.preparedQuery(ImplementationQueries.INSERT_REPORT).execute(Tuple.of(id, cycleId, stateId, utc(at)))
        .map(rows -> rows.rowCount() == 1);
  }

  public Future<Void> setLatest(SqlClient client, UUID id, int version, Instant at) {
    return client.preparedQuery(ImplementationQueries.SET_LATEST).execute(Tuple.of(id, version, utc(at))).mapEmpty();
  }

  public Future<Void> setSubmitted(SqlClient client, UUID id, int version, Instant at) {
    return client.preparedQuery(ImplementationQueries.SET_SUBMITTED).execute(Tuple.of(id, version, utc(at)))
        .mapEmpty();
  }

  public Future<Void> publish(SqlClient client, UUID id, int version, Audience audience, UUID by, Instant at) {
    return client.preparedQuery(ImplementationQueries.SET_PUBLISHED)
        .execute(Tuple.of(id, version, audience.wire(), utc(at)))
        .compose(v -> client.preparedQuery(ImplementationQueries.INSERT_PUBLICATION)
            .execute(Tuple.of(id, version, audience.wire(), by, utc(at))))
        .mapEmpty();
  }

  public Future<Void> insertVersion(SqlClient client, UUID reportId, ReportVersion v) {
    Tuple params = Tuple.tuple().addUUID(reportId).addInteger(v.version()).addString(v.language().wire())
        .addValue(Rows.answers(v.answers()))
        .addArrayOfString(v.answers().normsAnswered().stream().map(Norm::wire).toArray(String[]::new))
        .addArrayOfString(v.answers().normsWithNeeds().stream().map(Norm::wire).toArray(String[]::new))
        .addInteger(v.answers().count()).addUUID(v.savedBy()).addOffsetDateTime(utc(v.savedAt()));
    return client.preparedQuery(ImplementationQueries.INSERT_VERSION).execute(params).mapEmpty();
  }

  public Future<Optional<ReportVersion>> version(UUID reportId, int version) {
    return version(pool, reportId, version);
  }

  public Future<Optional<ReportVersion>> version(SqlClient client, UUID reportId, int version) {
    return client.preparedQuery(ImplementationQueries.FIND_VERSION).execute(Tuple.of(reportId, version))
        .map(rows -> Rows.first(rows, Rows::version));
  }

  /** Newest first, those before {@code beforeVersion} (null: from the latest). */
  public Future<List<ReportVersion>> versions(UUID reportId, Integer beforeVersion, int limit) {
    return pool.preparedQuery(ImplementationQueries.LIST_VERSIONS).execute(Tuple.of(reportId, beforeVersion, limit))
        .map(rows -> Rows.all(rows, Rows::version));
  }

  public Future<List<Publication>> publications(UUID reportId) {
    return pool.preparedQuery(ImplementationQueries.LIST_PUBLICATIONS).execute(Tuple.of(reportId))
        .map(rows -> Rows.all(rows, Rows::publication));
  }

  /** Whether the link was made (false: the norm's need was turned into one already). */
  public Future<Boolean> insertNeed(SqlClient client, UUID reportId, NeedLink link, UUID by, Instant at) {
    return client.preparedQuery(ImplementationQueries.INSERT_NEED).execute(Tuple.of(reportId, link.norm().wire(),
        link.needId(), link.version(), by, utc(at))).map(rows -> rows.rowCount() == 1);
  }

  public Future<List<NeedLink>> needs(UUID reportId) {
    return pool.preparedQuery(ImplementationQueries.LIST_NEEDS).execute(Tuple.of(reportId))
        .map(rows -> Rows.all(rows, Rows::need));
  }

  /** The reporting State's name and regional group. */
  public Future<ListedReport> state(Report report, ReportVersion version) {
    return pool.preparedQuery(ImplementationQueries.FIND_PUBLISHED).execute(Tuple.of(report.id()))
        .map(rows -> {
          var row = rows.iterator().next();
          return new ListedReport(report, row.getString("state_name"), Rows.group(row), version.language(),
              version.answers().normsAnswered(), version.answers().count());
        });
  }

  public Future<List<ListedReport>> published(String cycleId, Reader reader, Filter filter, After after, int limit) {
    Tuple params = Tuple.tuple().addString(cycleId).addBoolean(reader.readsStates()).addString(reader.stateId())
        .addString(filter.regionalGroup()).addString(filter.norm() == null ? null : filter.norm().wire())
        .addString(filter.language()).addString(after == null ? null : after.name())
        .addString(after == null ? null : after.stateId()).addInteger(limit);
    return pool.preparedQuery(ImplementationQueries.LIST_PUBLISHED).execute(params)
        .map(rows -> Rows.all(rows, Rows::listed));
  }

  public Future<List<CoverageCount>> coverage(String cycleId, Reader reader) {
    return pool.preparedQuery(ImplementationQueries.COVERAGE)
        .execute(Tuple.of(cycleId, reader.readsStates(), reader.stateId()))
        .map(rows -> Rows.all(rows, Rows::coverage));
  }
}
