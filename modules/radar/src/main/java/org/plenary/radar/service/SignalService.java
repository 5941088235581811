package org.plenary.radar.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.EventType;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.radar.api.RadarEvents;
import org.plenary.radar.domain.NewSignal;
import org.plenary.radar.domain.Signal;
import org.plenary.radar.store.SignalStore;

/**
 * Proposing, reading and merging signals; each write with its audit entry and event.
 *
 * <p>A merge keeps both histories: the duplicate stays as it was, pointing to the signal it was merged into, and its
 * assessments stay its own; the radar counts them with the survivor (one per organization, its rating of the
 * survivor first where it rated both). A merged signal takes no new assessments.
 */
public final class SignalService {

  private final Pool pool;
  private final SignalStore store;

  public SignalService(Pool pool, SignalStore store) {
    this.pool = pool;
    this.store = store;
  }

  public Future<Signal> propose(Participant actor, NewSignal signal, Instant at) {
    RadarRules.mayTakePart(actor);
    UUID id = UUID.randomUUID();
    JsonObject payload = new JsonObject().put("signalId", id.toString()).put("title", signal.title())
        .put("category", signal.category().wire()).put("organizationId", actor.organization().id());
    return pool.withTransaction(conn -> store.insert(conn, id, actor, signal, at)
        .compose(v -> record(conn, actor, RadarEvents.SIGNAL_PROPOSED, id, payload))
        .compose(v -> require(conn, id)));
  }

  public Future<Signal> find(UUID id) {
    return pool.withConnection(conn -> require(conn, id));
  }

  public Future<List<Signal>> list(SignalStore.After after, int limit) {
    return store.list(after, limit);
  }

  /** Merges the duplicate {@code id} into {@code into}, which must not be merged itself. */
  public Future<Signal> merge(Participant actor, UUID id, UUID into, Instant at) {
    RadarRules.mayMerge(actor);
    if (id.equals(into)) {
      throw Failure.invalid("radar-merge-into-itself", "Not a duplicate of itself",
          "A signal is not merged into itself.");
    }
    // locked in the order of their ids, so two crossed merges do not deadlock
    UUID first = id.compareTo(into) < 0 ? id : into;
    UUID second = first.equals(id) ? into : id;
    return pool.withTransaction(conn -> store.lock(conn, first).compose(v -> store.lock(conn, second))
        .compose(v -> require(conn, id)).compose(duplicate -> require(conn, into).compose(survivor -> {
          if (duplicate.merged()) {
            throw Failure.conflict("radar-merged-already", "Merged already",
                "This signal was merged already, into " + duplicate.mergedInto().get() + ".")
                .with("into", duplicate.mergedInto().get().toString());
          }
          if (survivor.merged()) {
            throw Failure.conflict("radar-merge-into-merged", "Merge into the survivor",
                "Signal " + into + " was itself merged into another; merge into the signal that survives.")
                .with("into", into.toString());
          }
          JsonObject payload = new JsonObject().put("signalId", id.toString()).put("into", into.toString());
          return store.merge(conn, id, into, actor, at)
              .compose(v -> record(conn, actor, RadarEvents.SIGNAL_MERGED, id, payload))
              .compose(v -> require(conn, id));
        })));
  }

  Future<Signal> require(SqlConnection conn, UUID id) {
    return store.find(conn, id).map(found -> found.orElseThrow(() -> notFound(id)));
  }

  static Failure notFound(UUID id) {
    return Failure.notFound("No signal " + id + " on the radar.").with("id", id.toString());
  }

  static Future<Void> record(SqlConnection conn, Participant actor, EventType type, UUID subject,
                             JsonObject payload) {
    String subjectType = type.name().contains("round") ? "radar-round" : "radar-signal";
    return AuditLog.append(conn, actor.id(), type.name(), subjectType, subject.toString(), null, payload)
        .compose(v -> Outbox.record(conn, type, RadarEvents.STREAM, payload));
  }
}
