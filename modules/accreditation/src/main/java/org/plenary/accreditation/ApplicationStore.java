package org.plenary.accreditation;

import static org.plenary.accreditation.AccreditationQueries.*;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Applications, objections and decisions in PostgreSQL; rows leave it as records ({@link Rows}). */
final class ApplicationStore {

  /** {@code ecosocClaimed}: the request says so; {@code ecosocConfirmed}: the Secretariat registers it so. */
  record NewApplication(String organizationId, String name, String kind, String country, String website,
                        String purpose, boolean ecosocClaimed, boolean ecosocConfirmed, ApplicationStatus status,
                        UUID appliedBy, int windowDays, Decided decided) {
  }

  /** {@code ecosoc}: {@code claimed} (not yet confirmed) or {@code confirmed}; null for any. */
  record ListFilter(String status, String kind, String organizationId, String ecosoc) {
  }

  private final Pool pool;

  ApplicationStore(Pool pool) {
    this.pool = pool;
  }

  Future<Optional<Application>> findView(UUID id) {
    return pool.preparedQuery(FIND_VIEW).execute(Tuple.of(id)).map(rows -> first(rows).map(Rows::application));
  }

  Future<List<Application>> page(ListFilter filter, Instant afterAppliedAt, UUID afterId, int limit) {
    Tuple params = Tuple.tuple().addString(filter.status()).addString(filter.kind()).addString(filter.organizationId())
        .addOffsetDateTime(afterAppliedAt == null ? null : afterAppliedAt.atOffset(ZoneOffset.UTC))
        .addUUID(afterId).addInteger(limit).addString(filter.ecosoc());
    return pool.preparedQuery(LIST_PAGE).execute(params).map(rows -> all(rows, Rows::application));
  }

  Future<List<AccreditedOrganization>> accreditedPage(String kind, String country, String afterName, String afterId, int limit) {
    return pool.preparedQuery(ACCREDITED_PAGE).execute(Tuple.of(kind, country, afterName, afterId, limit))
        .map(rows -> all(rows, Rows::accredited));
  }

  Future<Optional<RegisteredOrganization>> lockOrganization(SqlClient conn, String id) {
    return conn.preparedQuery(LOCK_ORGANIZATION).execute(Tuple.of(id)).map(rows -> first(rows).map(Rows::organization));
  }

  Future<Void> insertOrganization(SqlClient conn, String id, String kind, String name) {
    return conn.preparedQuery(INSERT_ORGANIZATION).execute(Tuple.of(id, kind, name)).mapEmpty();
  }

  Future<Boolean> hasOpenApplication(SqlClient conn, String organizationId) {
    return conn.preparedQuery(HAS_OPEN_APPLICATION).execute(Tuple.of(organizationId))
        .map(rows -> rows.iterator().next().getBoolean("open"));
  }

  Future<UUID> insertApplication(SqlClient conn, NewApplication a) {
    Tuple params = Tuple.tuple().addString(a.organizationId()).addString(a.name()).addString(a.kind())
        .addString(a.country()).addString(a.website()).addString(a.purpose()).addBoolean(a.ecosocClaimed())
        .addString(a.status().wire()).addUUID(a.appliedBy()).addInteger(a.windowDays())
        .addString(a.decided() == null ? null : a.decided().wire()).addBoolean(a.ecosocConfirmed());
    return conn.preparedQuery(INSERT_APPLICATION).execute(params).map(rows -> rows.iterator().next().getUUID("id"));
  }

  Future<Void> setAccreditation(SqlClient conn, String organizationId, ApplicationStatus status) {
    return conn.preparedQuery(SET_ACCREDITATION).execute(Tuple.of(organizationId, status.wire())).mapEmpty();
  }

  Future<Optional<LockedApplication>> lockApplication(SqlClient conn, UUID id) {
    return conn.preparedQuery(LOCK_APPLICATION).execute(Tuple.of(id)).map(rows -> first(rows).map(Rows::locked));
  }

  Future<Void> setWindow(SqlClient conn, UUID id, Instant closesAt) {
    return conn.preparedQuery(SET_WINDOW).execute(Tuple.of(id, closesAt.atOffset(ZoneOffset.UTC))).mapEmpty();
  }

  /** False when the State already has a standing objection. */
  Future<Boolean> insertObjection(SqlClient conn, UUID applicationId, String stateId, String reason, UUID by) {
    return conn.preparedQuery(INSERT_OBJECTION).execute(Tuple.of(applicationId, stateId, reason, by))
        .map(rows -> rows.size() == 1);
  }

  /** False when the State had no standing objection. */
  Future<Boolean> withdrawObjection(SqlClient conn, UUID applicationId, String stateId) {
    return conn.preparedQuery(WITHDRAW_OBJECTION).execute(Tuple.of(applicationId, stateId))
        .map(rows -> rows.size() == 1);
  }

  /** The organization of a still-pending application, locked; empty when it is decided already. */
  Future<Optional<String>> lockPending(SqlClient conn, UUID id) {
    return conn.preparedQuery(LOCK_PENDING).execute(Tuple.of(id))
        .map(rows -> first(rows).map(row -> row.getString("organization_id")));
  }

  /** The organization of a pending application whose window has ended, locked; empty when it is not one. */
  Future<Optional<String>> lockDue(SqlClient conn, UUID id) {
    return conn.preparedQuery(LOCK_DUE).execute(Tuple.of(id))
        .map(rows -> first(rows).map(row -> row.getString("organization_id")));
  }

  Future<Void> confirmEcosoc(SqlClient conn, UUID id, UUID by) {
    return conn.preparedQuery(CONFIRM_ECOSOC).execute(Tuple.of(id, by)).mapEmpty();
  }

  Future<Long> standingObjections(SqlClient conn, UUID id) {
    return conn.preparedQuery(COUNT_STANDING_OBJECTIONS).execute(Tuple.of(id))
        .map(rows -> rows.iterator().next().getLong("standing"));
  }

  Future<Void> recordDecision(SqlClient conn, UUID id, ApplicationStatus status, UUID by, Decided how) {
    return conn.preparedQuery(RECORD_DECISION).execute(Tuple.of(id, status.wire(), by, how.wire())).mapEmpty();
  }

  /** Up to {@code limit} pending applications whose window has ended, the longest overdue first. */
  Future<List<UUID>> due(int limit) {
    return pool.preparedQuery(DUE).execute(Tuple.of(limit)).map(rows -> {
      List<UUID> ids = new ArrayList<>();
      rows.forEach(row -> ids.add(row.getUUID("id")));
      return ids;
    });
  }

  /** Milliseconds until the next pending window closes (negative when overdue); empty when none is pending. */
  Future<Optional<Long>> nextDueInMs() {
    return pool.preparedQuery(NEXT_DUE_IN_MS).execute()
        .map(rows -> Optional.ofNullable(rows.iterator().next().getLong("due_in_ms")));
  }

  Future<Optional<UUID>> withdrawLatestAccreditation(SqlClient conn, String organizationId, UUID by, String reason) {
    return conn.preparedQuery(WITHDRAW_LATEST_ACCREDITATION).execute(Tuple.of(organizationId, by, reason))
        .map(rows -> first(rows).map(row -> row.getUUID("id")));
  }

  private static Optional<Row> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next());
  }

  private static <T> List<T> all(RowSet<Row> rows, Function<Row, T> map) {
    List<T> list = new ArrayList<>(rows.size());
    rows.forEach(row -> list.add(map.apply(row)));
    return list;
  }
}
