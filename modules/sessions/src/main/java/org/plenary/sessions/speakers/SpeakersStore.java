package org.plenary.sessions.speakers;

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

/** Speakers lists, their entries and the speaking groups in PostgreSQL. */
public final class SpeakersStore {

  private final Pool pool;

  public SpeakersStore(Pool pool) {
    this.pool = pool;
  }

  /** A list without its entries. */
  public record ListHead(UUID id, UUID sessionId, UUID agendaItemId, Optional<UUID> meetingId, TimeLimits limits,
                         long version) {
  }

  /** An inscription about to be written. */
  public record NewEntry(UUID listId, UUID agendaItemId, String organizationId, Optional<String> onBehalfOf,
                         SpeakerCategory category, EntryKind kind, int replyNumber, UUID inscribedBy, Instant at) {
  }

  public Future<Boolean> meetingTakesUp(UUID meetingId, UUID sessionId, UUID agendaItemId) {
    return pool.preparedQuery(SpeakersQueries.MEETING_TAKES_UP).execute(Tuple.of(meetingId, sessionId, agendaItemId))
        .map(rows -> rows.iterator().next().getBoolean("takes_up"));
  }

  public Future<List<SpeakingGroup>> groups() {
    return pool.query(SpeakersQueries.GROUPS).execute().map(rows -> Rows.all(rows, Rows::group));
  }

  public Future<Optional<SpeakingGroup>> group(String id) {
    return pool.preparedQuery(SpeakersQueries.GROUP).execute(Tuple.of(id)).map(rows -> Rows.first(rows, Rows::group));
  }

  public Future<Optional<ListHead>> listOfItem(SqlClient client, UUID agendaItemId, Optional<UUID> meetingId) {
    return client.preparedQuery(SpeakersQueries.LIST_OF_ITEM).execute(Tuple.of(agendaItemId, meetingId.orElse(null)))
        .map(rows -> Rows.first(rows, Rows::head));
  }

  /** The list of the item (and meeting), made if it is not yet, locked for the rest of the transaction. */
  public Future<ListHead> lockListOfItem(SqlClient client, UUID sessionId, UUID agendaItemId,
                                         Optional<UUID> meetingId) {
    Tuple key = Tuple.of(agendaItemId, meetingId.orElse(null));
    return client.preparedQuery(SpeakersQueries.ENSURE_LIST).execute(Tuple.of(sessionId, agendaItemId,
            meetingId.orElse(null)))
        .compose(made -> client.preparedQuery(SpeakersQueries.LOCK_LIST_OF_ITEM).execute(key))
        .map(rows -> Rows.first(rows, Rows::head).orElseThrow());
  }

  public Future<Optional<ListHead>> lockList(SqlClient client, UUID listId) {
    return client.preparedQuery(SpeakersQueries.LOCK_LIST).execute(Tuple.of(listId))
        .map(rows -> Rows.first(rows, Rows::head));
  }

  public Future<Optional<ListHead>> list(SqlClient client, UUID listId) {
    return client.preparedQuery(SpeakersQueries.LIST_BY_ID).execute(Tuple.of(listId))
        .map(rows -> Rows.first(rows, Rows::head));
  }

  public Future<Optional<UUID>> listOfEntry(SqlClient client, UUID entryId) {
    return client.preparedQuery(SpeakersQueries.LIST_OF_ENTRY).execute(Tuple.of(entryId))
        .map(rows -> Rows.first(rows, row -> row.getUUID("list_id")));
  }

  /** The list with its entries in speaking order. */
  public Future<SpeakersList> withEntries(SqlClient client, ListHead head) {
    return client.preparedQuery(SpeakersQueries.ENTRIES).execute(Tuple.of(head.id()))
        .map(rows -> SpeakersList.of(head.id(), head.sessionId(), head.agendaItemId(), head.meetingId(),
            head.limits(), head.version(), Rows.all(rows, Rows::entry)));
  }

  public Future<UUID> insert(SqlClient client, NewEntry e) {
    Tuple params = Tuple.tuple().addUUID(e.listId()).addUUID(e.agendaItemId()).addString(e.organizationId())
        .addString(e.onBehalfOf().orElse(null)).addString(e.category().wire()).addString(e.kind().wire())
        .addInteger(e.replyNumber()).addUUID(e.inscribedBy()).addOffsetDateTime(utc(e.at()));
    return client.preparedQuery(SpeakersQueries.INSERT_ENTRY).execute(params)
        .map(rows -> rows.iterator().next().getUUID("id"));
  }

  public Future<Integer> repliesUnderItem(SqlClient client, UUID agendaItemId, String organizationId) {
    return client.preparedQuery(SpeakersQueries.REPLIES_UNDER_ITEM).execute(Tuple.of(agendaItemId, organizationId))
        .map(rows -> rows.iterator().next().getLong("replies").intValue());
  }

  /** Writes each entry's status in turn: the one leaving the floor before the one taking it. */
  public Future<Void> setStatuses(SqlClient client, List<SpeakerEntry> changed, Instant at) {
    Future<Void> chain = Future.succeededFuture();
    for (SpeakerEntry entry : changed) {
      chain = chain.compose(done -> client.preparedQuery(SpeakersQueries.SET_STATUS)
          .execute(Tuple.of(entry.id(), entry.status().wire(), utc(at))).mapEmpty());
    }
    return chain;
  }

  public Future<Void> move(SqlClient client, UUID entryId, int position, String reason, UUID by, Instant at) {
    return client.preparedQuery(SpeakersQueries.MOVE).execute(Tuple.of(entryId, position, reason, by, utc(at)))
        .mapEmpty();
  }

  public Future<Void> setLimits(SqlClient client, UUID listId, TimeLimits limits) {
    return client.preparedQuery(SpeakersQueries.SET_LIMITS).execute(Tuple.of(listId, limits.nationalSeconds(),
        limits.groupSeconds(), limits.firstReplySeconds(), limits.secondReplySeconds())).mapEmpty();
  }

  /** Marks the list changed; its new version. */
  public Future<Long> bump(SqlClient client, UUID listId, Instant at) {
    return client.preparedQuery(SpeakersQueries.BUMP).execute(Tuple.of(listId, utc(at)))
        .map(rows -> rows.iterator().next().getLong("version"));
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
