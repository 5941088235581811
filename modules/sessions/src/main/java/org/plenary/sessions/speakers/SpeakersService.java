package org.plenary.sessions.speakers;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.EventType;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.sessions.api.SessionEvents;
import org.plenary.sessions.api.SpeakerEvents;

/**
 * Runs speakers lists. Each change is one transaction that locks the list's row (so two inscriptions at once never
 * both pass the once-per-item rule, nor two Chairs put two speakers on the floor), decides by {@link SpeakingRules}
 * and {@link Floor}, writes the entries, bumps the list's version, and records its audit entry and its event on the
 * session's stream.
 */
public final class SpeakersService {

  private static final String UNIQUE_VIOLATION = "23505";

  private final Pool pool;
  private final SpeakersStore store;
  private final SessionGate gate;

  public SpeakersService(Pool pool, SpeakersStore store, SessionGate gate) {
    this.pool = pool;
    this.store = store;
    this.gate = gate;
  }

  /** An inscription and the list it joined. */
  public record Inscribed(UUID entryId, SpeakersList list) {
  }

  public Future<SpeakersList> read(SpeakersPlace place, Optional<Participant> reader) {
    return attend(place, reader)
        .compose(attended -> store.listOfItem(pool, place.agendaItemId(), place.meetingId()))
        .compose(head -> head.map(found -> store.withEntries(pool, found)).orElseGet(() -> Future.succeededFuture(
            SpeakersList.empty(place.sessionId(), place.agendaItemId(), place.meetingId()))));
  }

  public Future<SpeakersList> read(UUID listId) {
    return store.list(pool, listId).compose(head -> store.withEntries(pool, head.orElseThrow()));
  }

  public Future<Inscribed> inscribe(Participant delegate, SpeakersPlace place, String organizationId,
                                    Optional<String> onBehalfOf, Instant at) {
    return attend(place, Optional.of(delegate))
        .compose(attended -> group(onBehalfOf).compose(group -> pool.withTransaction(conn ->
            lockedList(conn, place).compose(list -> {
              SpeakerCategory category = SpeakingRules.mayInscribe(delegate, organizationId, group,
                  attended.setting(), list);
              return store.insert(conn, new SpeakersStore.NewEntry(list.id(), place.agendaItemId(), organizationId,
                      onBehalfOf, category, EntryKind.STATEMENT, 0, delegate.id(), at))
                  .compose(entryId -> written(conn, list, entryId, delegate, SpeakerEvents.INSCRIBED, null, at,
                      new JsonObject().put("onBehalfOf", onBehalfOf.orElse(null)).put("category", category.wire())));
            }))));
  }

  /**
   * A State's replies are counted per item, across the item's lists (one per meeting), each locked on its own: two
   * replies inscribed at once on two lists may both count the same replies, and the second is then refused by the
   * database's unique index. It is tried once more, counting again, so it gets its number or the rule's 409.
   */
  public Future<Inscribed> reply(Participant delegate, SpeakersPlace place, String organizationId, Instant at) {
    return replyOnce(delegate, place, organizationId, at).recover(failure -> failure instanceof PgException pg
        && UNIQUE_VIOLATION.equals(pg.getSqlState()) ? replyOnce(delegate, place, organizationId, at)
        : Future.failedFuture(failure));
  }

  private Future<Inscribed> replyOnce(Participant delegate, SpeakersPlace place, String organizationId, Instant at) {
    return attend(place, Optional.of(delegate))
        .compose(attended -> pool.withTransaction(conn -> lockedList(conn, place)
            .compose(list -> store.repliesUnderItem(conn, place.agendaItemId(), organizationId).compose(sofar -> {
              int number = SpeakingRules.mayReply(delegate, organizationId, attended.setting(), sofar);
              return store.insert(conn, new SpeakersStore.NewEntry(list.id(), place.agendaItemId(), organizationId,
                      Optional.empty(), SpeakerCategory.STATE, EntryKind.RIGHT_OF_REPLY, number, delegate.id(), at))
                  .compose(entryId -> written(conn, list, entryId, delegate, SpeakerEvents.REPLY_INSCRIBED, null, at,
                      new JsonObject().put("replyNumber", number)));
            }))));
  }

  public Future<SpeakersList> withdraw(Participant delegate, UUID entryId, Instant at) {
    return onEntry(delegate, entryId, (conn, attended, list, entry) -> {
      SpeakingRules.mayWithdraw(delegate, entry, attended.setting());
      return store.setStatuses(conn, List.of(entry.withStatus(EntryStatus.WITHDRAWN)), at)
          .compose(done -> written(conn, list, entryId, delegate, SpeakerEvents.WITHDRAWN, null, at, new JsonObject()));
    });
  }

  public Future<SpeakersList> move(Participant secretariat, UUID entryId, int position, String reason, Instant at) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw Failure.invalidAt("request body", "#/reason", "must give the reason for the move, shown on the list");
    }
    return onEntry(secretariat, entryId, (conn, attended, list, entry) -> {
      SpeakingRules.mayReorder(secretariat, entry, attended.setting());
      return store.move(conn, entryId, position, why, secretariat.id(), at)
          .compose(done -> written(conn, list, entryId, secretariat, SpeakerEvents.MOVED, why, at,
              new JsonObject().put("position", position).put("from", list.positionOf(entry))));
    });
  }

  public Future<SpeakersList> floor(Participant chair, UUID entryId, FloorAction action, Instant at) {
    return onEntry(chair, entryId, (conn, attended, list, entry) -> {
      SpeakingRules.mayRunTheFloor(chair, attended.setting());
      List<SpeakerEntry> changed = Floor.apply(list, entry, action);
      return store.setStatuses(conn, changed, at)
          .compose(done -> written(conn, list, entryId, chair, SpeakerEvents.FLOOR_CHANGED, null, at,
              new JsonObject().put("action", action.wire()).put("status", changed.get(changed.size() - 1).status()
                  .wire())));
    });
  }

  public Future<SpeakersList> setLimits(Participant chair, SpeakersPlace place, TimeLimits limits, Instant at) {
    return attend(place, Optional.of(chair))
        .compose(attended -> {
          SpeakingRules.mayRunTheFloor(chair, attended.setting());
          return pool.withTransaction(conn -> lockedList(conn, place)
              .compose(list -> store.setLimits(conn, list.id(), limits)
                  .compose(done -> written(conn, list, null, chair, SpeakerEvents.LIMITS_SET, null, at,
                      new JsonObject().put("nationalSeconds", limits.nationalSeconds())
                          .put("groupSeconds", limits.groupSeconds())))));
        }).compose(inscribed -> read(inscribed.list().id()));
  }

  public Future<List<SpeakingGroup>> groups() {
    return store.groups();
  }

  /** The session and item where the reader attends, and the meeting, if one is named, taking up the item. */
  private Future<SessionGate.Attended> attend(SpeakersPlace place, Optional<Participant> reader) {
    return gate.attend(place.sessionId(), place.agendaItemId(), reader).compose(attended -> place.meetingId()
        .map(meeting -> store.meetingTakesUp(meeting, place.sessionId(), place.agendaItemId()).map(takesUp -> {
          if (!takesUp) {
            throw Failure.notFound("meeting-not-found", "No such meeting of the item",
                "The session has no meeting " + meeting + " that takes up this agenda item.");
          }
          return attended;
        }))
        .orElseGet(() -> Future.succeededFuture(attended)));
  }

  private interface EntryChange {
    Future<Inscribed> apply(SqlConnection conn, SessionGate.Attended attended, SpeakersList list, SpeakerEntry entry);
  }

  /** A change of one entry, on its list locked, in its session as the actor attends it. */
  private Future<SpeakersList> onEntry(Participant actor, UUID entryId, EntryChange change) {
    return store.listOfEntry(pool, entryId).map(found -> found.orElseThrow(() -> entryNotFound(entryId)))
        .compose(listId -> store.list(pool, listId)).map(Optional::orElseThrow)
        .compose(head -> gate.attend(head.sessionId(), head.agendaItemId(), Optional.of(actor))
            .compose(attended -> pool.withTransaction(conn -> store.lockList(conn, head.id())
                .compose(locked -> store.withEntries(conn, locked.orElseThrow()))
                .compose(list -> change.apply(conn, attended, list,
                    list.entry(entryId).orElseThrow(() -> entryNotFound(entryId)))))))
        .compose(done -> read(done.list().id()));
  }

  private Future<SpeakersList> lockedList(SqlConnection conn, SpeakersPlace place) {
    return store.lockListOfItem(conn, place.sessionId(), place.agendaItemId(), place.meetingId())
        .compose(head -> store.withEntries(conn, head));
  }

  private Future<Optional<SpeakingGroup>> group(Optional<String> id) {
    if (id.isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return store.group(id.get()).map(found -> Optional.of(found.orElseThrow(() -> Failure.invalidAt("request body",
        "#/onBehalfOf", "must be a speaking group of GET /api/v1/speaking-groups, not '" + id.get() + "'"))));
  }

  /** Bumps the list, audits the change and records its event; the answer is the list as it now stands. */
  private Future<Inscribed> written(SqlConnection conn, SpeakersList list, UUID entryId, Participant actor,
                                    EventType type, String reason, Instant at, JsonObject details) {
    return store.bump(conn, list.id(), at).compose(version -> {
      JsonObject payload = new JsonObject().put("sessionId", list.sessionId().toString())
          .put("agendaItemId", list.agendaItemId().toString()).put("listId", list.id().toString())
          .put("version", version);
      list.meetingId().ifPresent(meeting -> payload.put("meetingId", meeting.toString()));
      if (entryId != null) {
        payload.put("entryId", entryId.toString());
      }
      return AuditLog.append(conn, actor.id(), type.name(), entryId == null ? "speakers-list" : "speakers-entry",
              String.valueOf(entryId == null ? list.id() : entryId), reason, details.copy().mergeIn(payload))
          .compose(done -> Outbox.record(conn, type, SessionEvents.stream(list.sessionId()), payload))
          .compose(done -> store.withEntries(conn, new SpeakersStore.ListHead(list.id(), list.sessionId(),
              list.agendaItemId(), list.meetingId(), list.limits(), version)))
          .map(updated -> new Inscribed(entryId, updated));
    });
  }

  private static Failure entryNotFound(UUID entryId) {
    return Failure.notFound("speakers-entry-not-found", "No such inscription",
        "There is no inscription " + entryId + " on any speakers list.");
  }
}
