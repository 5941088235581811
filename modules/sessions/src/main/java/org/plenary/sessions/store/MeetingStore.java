package org.plenary.sessions.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.sessions.domain.Meeting;

/** The meetings of the sessions in PostgreSQL. */
public final class MeetingStore {

  private final Pool pool;

  public MeetingStore(Pool pool) {
    this.pool = pool;
  }

  /** The session's meetings in time order. */
  public Future<List<Meeting>> ofSession(UUID sessionId) {
    return pool.preparedQuery(SessionQueries.MEETINGS_OF_SESSION).execute(Tuple.of(sessionId))
        .map(rows -> Rows.all(rows, Rows::meeting));
  }

  /** The meetings of these sessions, in time order: for the calendar feed of all sessions. */
  public Future<List<Meeting>> ofSessions(List<UUID> sessionIds) {
    return pool.preparedQuery(SessionQueries.MEETINGS_OF_SESSIONS)
        .execute(Tuple.of(sessionIds.toArray(UUID[]::new))).map(rows -> Rows.all(rows, Rows::meeting));
  }

  public Future<Optional<Meeting>> find(UUID sessionId, UUID meetingId) {
    return pool.preparedQuery(SessionQueries.FIND_MEETING).execute(Tuple.of(sessionId, meetingId))
        .map(rows -> Rows.first(rows, Rows::meeting));
  }

  public Future<Optional<Meeting>> lock(SqlClient client, UUID sessionId, UUID meetingId) {
    return client.preparedQuery(SessionQueries.FIND_MEETING + " FOR UPDATE").execute(Tuple.of(sessionId, meetingId))
        .map(rows -> Rows.first(rows, Rows::meeting));
  }

  public Future<Void> insert(SqlClient client, Meeting m) {
    return client.preparedQuery(SessionQueries.INSERT_MEETING).execute(Tuple.tuple().addUUID(m.id())
        .addUUID(m.sessionId()).addString(m.title()).addOffsetDateTime(SessionStore.utc(m.startsAt()))
        .addOffsetDateTime(SessionStore.utc(m.endsAt())).addString(m.timeZone().getId())
        .addArrayOfUUID(m.agendaItems().toArray(UUID[]::new)).addOffsetDateTime(SessionStore.utc(m.createdAt())))
        .mapEmpty();
  }

  /** Replaces what the meeting is and bumps its revision. */
  public Future<Void> update(SqlClient client, Meeting m) {
    return client.preparedQuery(SessionQueries.UPDATE_MEETING).execute(Tuple.tuple().addUUID(m.id())
        .addString(m.title()).addOffsetDateTime(SessionStore.utc(m.startsAt()))
        .addOffsetDateTime(SessionStore.utc(m.endsAt())).addString(m.timeZone().getId())
        .addArrayOfUUID(m.agendaItems().toArray(UUID[]::new)).addOffsetDateTime(SessionStore.utc(m.updatedAt())))
        .mapEmpty();
  }
}
