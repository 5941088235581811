package org.plenary.implementation.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.implementation.api.ImplementationEvents;
import org.plenary.implementation.domain.GoodPractice;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.PracticeMark;
import org.plenary.implementation.domain.SharePractice;
import org.plenary.implementation.store.GoodPracticeStore;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.EventType;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.search.SearchIndex;

/** Sharing good practices, the States' marks on them, and reading them; each write with its audit entry and event. */
public final class GoodPracticeService {

  private final Pool pool;
  private final GoodPracticeStore store;
  private final SearchIndex search;

  public GoodPracticeService(Pool pool, GoodPracticeStore store, SearchIndex search) {
    this.pool = pool;
    this.store = store;
    this.search = search;
  }

  /** Shares the practice in the actor's organization's name; a State's practice with no region is its group's. */
  public Future<GoodPractice> share(Participant actor, SharePractice share, Instant at) {
    GoodPracticeRules.mayShare(actor);
    SharePractice tagged = share.regions().isEmpty() && actor.organization().kind() == OrganizationKind.STATE
        ? new SharePractice(share.title(), share.what(), share.who(), share.lessons(), share.links(),
            share.language(), share.norms(), actor.organization().regionalGroup().map(List::of).orElse(List.of()))
        : share;
    UUID id = UUID.randomUUID();
    JsonObject payload = new JsonObject().put("practiceId", id.toString())
        .put("organizationId", actor.organization().id()).put("title", tagged.title())
        .put("norms", new JsonArray(tagged.norms().stream().map(Norm::wire).toList()));
    return pool.withTransaction(conn -> store.insert(conn, id, actor, tagged, at)
        .compose(v -> search.put(conn, ImplementationSearch.practice(id, actor, tagged, at)))
        .compose(v -> record(conn, actor, ImplementationEvents.PRACTICE_SHARED, id, actor.organization().id(),
            payload))
        .compose(v -> read(conn, id, actor)));
  }

  /** The State endorses the practice or finds it useful; a second time is a conflict. */
  public Future<GoodPractice> mark(Participant actor, UUID id, PracticeMark mark, Instant at) {
    return pool.withTransaction(conn -> require(conn, id, actor).compose(practice -> {
      GoodPracticeRules.mayMark(actor, practice, mark);
      return store.mark(conn, id, mark, actor, at).compose(made -> {
        if (!made) {
          throw Failure.conflict("marked-once", "Given already", actor.organization().name() + " has "
              + (mark == PracticeMark.ENDORSE ? "endorsed" : "marked as useful") + " this practice already:"
              + " once per State (withdraw it to give it again).");
        }
        return record(conn, actor, ImplementationEvents.PRACTICE_MARKED, id, practice.organizationId(),
            markPayload(id, actor, mark));
      }).compose(v -> read(conn, id, actor));
    }));
  }

  /** The State withdraws its endorsement or its "useful". */
  public Future<GoodPractice> withdraw(Participant actor, UUID id, PracticeMark mark) {
    return pool.withTransaction(conn -> require(conn, id, actor).compose(practice -> {
      GoodPracticeRules.mayMark(actor, practice, mark);
      return store.unmark(conn, id, mark, actor.organization().id()).compose(removed -> {
        if (!removed) {
          throw Failure.notFound("no-mark", "Nothing to withdraw", actor.organization().name() + " has not "
              + (mark == PracticeMark.ENDORSE ? "endorsed" : "marked as useful") + " this practice.");
        }
        return record(conn, actor, ImplementationEvents.PRACTICE_MARK_WITHDRAWN, id, practice.organizationId(),
            markPayload(id, actor, mark));
      }).compose(v -> read(conn, id, actor));
    }));
  }

  /** One practice with the States that endorse it. Public. */
  public Future<GoodPractice> find(Optional<Participant> reader, UUID id) {
    return pool.withConnection(conn -> store.find(conn, id, readerState(reader)).compose(found -> {
      GoodPractice practice = found.orElseThrow(() -> notFound(id));
      return store.endorsedBy(conn, id).map(practice::withEndorsedBy);
    }));
  }

  public Future<List<GoodPractice>> list(Optional<Participant> reader, GoodPracticeStore.Filter filter,
                                         GoodPracticeStore.After after, int limit) {
    return store.list(filter, after, readerState(reader), limit);
  }

  private Future<GoodPractice> require(SqlConnection conn, UUID id, Participant reader) {
    return store.find(conn, id, readerState(Optional.of(reader))).map(found -> found.orElseThrow(() -> notFound(id)));
  }

  private Future<GoodPractice> read(SqlConnection conn, UUID id, Participant reader) {
    return require(conn, id, reader).compose(p -> store.endorsedBy(conn, id).map(p::withEndorsedBy));
  }

  private static Future<Void> record(SqlConnection conn, Participant actor, EventType type, UUID id,
                                     String sharedBy, JsonObject payload) {
    return AuditLog.append(conn, actor.id(), type.name(), "good-practice", id.toString(), null, payload)
        .compose(v -> Outbox.record(conn, type, ImplementationEvents.stream(sharedBy), payload));
  }

  private static JsonObject markPayload(UUID id, Participant actor, PracticeMark mark) {
    return new JsonObject().put("practiceId", id.toString()).put("stateId", actor.organization().id())
        .put("mark", mark.wire());
  }

  /** The reader's State, whose marks the practice shows; others have none. */
  private static String readerState(Optional<Participant> reader) {
    return reader.filter(p -> p.organization().kind() == OrganizationKind.STATE).map(p -> p.organization().id())
        .orElse(null);
  }

  static Failure notFound(UUID id) {
    return Failure.notFound("No good practice " + id + ".");
  }
}
