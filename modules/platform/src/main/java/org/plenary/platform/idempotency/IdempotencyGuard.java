package org.plenary.platform.idempotency;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.http.ApiProblem;

/**
 * The Idempotency-Key a request holds, handed by the HTTP edge to the write transaction it guards.
 *
 * <p>Every write records its events through {@code Outbox} on the connection of its transaction, so the
 * outbox is where the key is recorded too: in the same transaction as the write, the key's row receives the
 * events it made. A write that committed is then known to have committed even when its answer was lost,
 * and one that rolled back left nothing. The services pass no key: it travels on the request's own Vert.x
 * context (each HTTP request runs on a duplicated context of its own, and the SQL client completes on the
 * context that called it), from the edge that set it to the {@code Outbox.record} of the transaction.
 */
public final class IdempotencyGuard {

  private static final String CONTEXT_KEY = "plenary.idempotency-guard";

  private static final String RECORD_MADE = "UPDATE idempotent_request SET made = made || $4"
      + " WHERE participant_id = $1 AND key = $2 AND attempt = $3";

  private final UUID participantId;
  private final String key;
  private final UUID attempt;
  private volatile boolean released;

  IdempotencyGuard(UUID participantId, String key, UUID attempt) {
    this.participantId = participantId;
    this.key = key;
    this.attempt = attempt;
  }

  /**
   * Records, in the transaction of {@code conn}, the events it writes for the request that holds a key. Fails
   * (and so rolls the write back) when another request with the key took it over after this one's lease ran out.
   */
  public static Future<Void> recordMade(SqlConnection conn, JsonArray events) {
    Optional<IdempotencyGuard> guard = current();
    if (guard.isEmpty()) {
      return Future.succeededFuture();
    }
    IdempotencyGuard held = guard.get();
    return conn.preparedQuery(RECORD_MADE).execute(Tuple.of(held.participantId, held.key, held.attempt, events))
        .map(rows -> {
          if (rows.rowCount() == 0) {
            throw new ApiProblem(409, "idempotency-key-superseded", "Another request took over this Idempotency-Key",
                "This request took too long and a retry with the same Idempotency-Key took its place; its answer"
                    + " is the one that counts.");
          }
          return null;
        });
  }

  UUID participantId() {
    return participantId;
  }

  String key() {
    return key;
  }

  UUID attempt() {
    return attempt;
  }

  /** Hands the key to the writes of this request; false (and no guard) outside a request's own context. */
  boolean enter() {
    Map<Object, Object> locals = requestLocals();
    if (locals == null) {
      return false;
    }
    locals.put(CONTEXT_KEY, this);
    return true;
  }

  /** Once the request is answered, nothing run later on its context (a timer it set) writes under its key. */
  void release() {
    released = true;
    Map<Object, Object> locals = requestLocals();
    if (locals != null) {
      locals.remove(CONTEXT_KEY, this);
    }
  }

  private static Optional<IdempotencyGuard> current() {
    Map<Object, Object> locals = requestLocals();
    Object guard = locals == null ? null : locals.get(CONTEXT_KEY);
    return guard instanceof IdempotencyGuard held && !held.released ? Optional.of(held) : Optional.empty();
  }

  /** The local data of the current duplicated context; an event loop's own context is shared, so never that. */
  private static Map<Object, Object> requestLocals() {
    Context context = Vertx.currentContext();
    return context instanceof ContextInternal internal && internal.isDuplicate() ? internal.localContextData() : null;
  }
}
