package org.plenary.sessions.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.sessions.domain.Session;

/** Sessions in PostgreSQL. */
public final class SessionStore {

  private final Pool pool;

  public SessionStore(Pool pool) {
    this.pool = pool;
  }

  /** A listed session with its calendar keys (rank and day), from which the next page's cursor is made. */
  public record Listed(Session session, int rank, int day) {
  }

  /** Where a page of the calendar starts: after these keys, or at the beginning when {@code rank} is null. */
  public record After(Integer rank, Integer day, UUID id) {

    public static final After START = new After(null, null, null);
  }

  public Future<Optional<Session>> find(UUID id) {
    return find(pool, id);
  }

  public Future<Optional<Session>> find(SqlClient client, UUID id) {
    return client.preparedQuery(SessionQueries.FIND_SESSION).execute(Tuple.of(id))
        .map(rows -> Rows.first(rows, Rows::session));
  }

  /** The session, locked until the caller's transaction ends: writes of one session are serialised. */
  public Future<Optional<Session>> lock(SqlClient client, UUID id) {
    return client.preparedQuery(SessionQueries.LOCK_SESSION).execute(Tuple.of(id))
        .map(rows -> Rows.first(rows, Rows::session));
  }

  public Future<List<Listed>> list(String status, String kind, After after, int limit) {
    Tuple params = Tuple.tuple().addString(status).addString(kind).addInteger(after.rank()).addInteger(after.day())
        .addUUID(after.id()).addInteger(limit);
    return pool.preparedQuery(SessionQueries.LIST_SESSIONS).execute(params).map(rows -> Rows.all(rows, Rows::listed));
  }

  public Future<Void> insert(SqlClient client, Session s, UUID createdBy) {
    Tuple params = Tuple.tuple().addUUID(s.id()).addString(s.kind().wire()).addString(s.title())
        .addInteger(s.number()).addLocalDate(s.opensOn()).addLocalDate(s.closesOn()).addString(s.venue().orElse(null))
        .addString(s.timeZone().getId()).addString(s.audience().wire())
        .addOffsetDateTime(s.deadline().map(d -> d.atOffset(ZoneOffset.UTC)).orElse(null)).addUUID(createdBy)
        .addOffsetDateTime(s.createdAt().atOffset(ZoneOffset.UTC));
    return client.preparedQuery(SessionQueries.INSERT_SESSION).execute(params).mapEmpty();
  }

  /** Replaces the calendar entry (not its status) and bumps its revision. */
  public Future<Void> update(SqlClient client, Session s) {
    Tuple params = Tuple.tuple().addUUID(s.id()).addString(s.title()).addInteger(s.number()).addLocalDate(s.opensOn())
        .addLocalDate(s.closesOn()).addString(s.venue().orElse(null)).addString(s.timeZone().getId())
        .addString(s.audience().wire()).addOffsetDateTime(s.deadline().map(SessionStore::utc).orElse(null))
        .addOffsetDateTime(utc(s.updatedAt()));
    return client.preparedQuery(SessionQueries.UPDATE_SESSION).execute(params).mapEmpty();
  }

  public Future<Void> updateStatus(SqlClient client, Session s) {
    return client.preparedQuery(SessionQueries.UPDATE_STATUS)
        .execute(Tuple.of(s.id(), s.status().wire(), utc(s.updatedAt()))).mapEmpty();
  }

  static java.time.OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}
