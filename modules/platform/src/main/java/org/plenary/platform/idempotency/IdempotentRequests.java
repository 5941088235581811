package org.plenary.platform.idempotency;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.UUID;

/**
 * The record of requests made with an Idempotency-Key (table {@code idempotent_request}), one row per
 * participant and key, kept for {@link #KEPT}. A request begins by claiming its key for {@link #LEASE};
 * its write fills in what it made ({@link IdempotencyGuard}); its answer is stored once sent.
 */
public final class IdempotentRequests {

  /** How long a key is remembered, from its first request. */
  public static final Duration KEPT = Duration.ofHours(24);
  /** How long a request holds its key before a retry may take it over, if it made nothing. */
  static final Duration LEASE = Duration.ofSeconds(30);

  private static final String CLAIM = """
      INSERT INTO idempotent_request (participant_id, key, fingerprint, attempt, leased_until, expires_at)
      VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5), now() + make_interval(secs => $6))
      ON CONFLICT (participant_id, key) DO NOTHING
      RETURNING attempt""";

  /**
   * A key whose time is up starts afresh; one whose request made nothing and whose lease ran out (its server
   * stopped, or it could not release the key) is taken over by the same request. Waits for the row lock of a
   * write still in progress, and then sees whether it made something.
   */
  private static final String TAKE_OVER = """
      UPDATE idempotent_request SET fingerprint = $3, attempt = $4, leased_until = now() + make_interval(secs => $5),
        made = '[]', status = NULL, location = NULL, body = NULL, created_at = now(),
        expires_at = now() + make_interval(secs => $6)
      WHERE participant_id = $1 AND key = $2
        AND (expires_at <= now()
          OR (made = '[]' AND status IS NULL AND leased_until <= now() AND fingerprint = $3))
      RETURNING attempt""";

  private static final String LOOK_UP = "SELECT fingerprint = $3 AS same_request, status, location, body, made"
      + " FROM idempotent_request WHERE participant_id = $1 AND key = $2";

  private static final String ANSWERED = "UPDATE idempotent_request SET status = $4, location = $5, body = $6,"
      + " leased_until = NULL WHERE participant_id = $1 AND key = $2 AND attempt = $3";

  private static final String ANSWERED_AGAIN = "UPDATE idempotent_request SET status = $3, location = $4, body = $5,"
      + " leased_until = NULL WHERE participant_id = $1 AND key = $2 AND status IS NULL";

  /** A request that failed and made nothing gives its key back, so that a retry is processed at once. */
  private static final String RELEASE = "DELETE FROM idempotent_request"
      + " WHERE participant_id = $1 AND key = $2 AND attempt = $3 AND made = '[]'";

  private static final String FORGET_EXPIRED = "DELETE FROM idempotent_request WHERE ctid = ANY(ARRAY("
      + "SELECT ctid FROM idempotent_request WHERE expires_at <= now() LIMIT $1))";

  private static final int FORGET_BATCH = 1000;

  /** Where a request with a key stands when it arrives. */
  enum Standing { FIRST, ANSWERED, MADE, IN_FLIGHT, OTHER_REQUEST }

  record Begun(Standing standing, IdempotencyGuard guard, Row row) {
  }

  private final Pool pool;

  public IdempotentRequests(Pool pool) {
    this.pool = pool;
  }

  Future<Begun> begin(UUID participantId, String key, byte[] fingerprint) {
    UUID attempt = UUID.randomUUID();
    Tuple claim = Tuple.of(participantId, key, io.vertx.core.buffer.Buffer.buffer(fingerprint), attempt,
        (double) LEASE.toSeconds(), (double) KEPT.toSeconds());
    IdempotencyGuard guard = new IdempotencyGuard(participantId, key, attempt);
    return pool.preparedQuery(CLAIM).execute(claim)
        .compose(claimed -> claimed.size() == 1 ? Future.succeededFuture(claimed)
            : pool.preparedQuery(TAKE_OVER).execute(claim))
        .compose(claimed -> claimed.size() == 1 ? Future.succeededFuture(new Begun(Standing.FIRST, guard, null))
            : pool.preparedQuery(LOOK_UP).execute(Tuple.of(participantId, key, claim.getValue(2)))
                .compose(found -> standing(found, participantId, key, fingerprint)));
  }

  /** Gone between the claim and the look-up: its request failed and released it; claim it again. */
  private Future<Begun> standing(RowSet<Row> found, UUID participantId, String key, byte[] fingerprint) {
    if (found.size() == 0) {
      return begin(participantId, key, fingerprint);
    }
    Row row = found.iterator().next();
    Standing standing = !row.getBoolean("same_request") ? Standing.OTHER_REQUEST
        : row.getInteger("status") != null ? Standing.ANSWERED
        : !row.getJsonArray("made").isEmpty() ? Standing.MADE
        : Standing.IN_FLIGHT;
    return Future.succeededFuture(new Begun(standing, null, row));
  }

  /** Keeps the answer of the request that holds the key, to send again to a retry. */
  Future<Void> answered(IdempotencyGuard guard, int status, String location, String body) {
    return pool.preparedQuery(ANSWERED)
        .execute(Tuple.of(guard.participantId(), guard.key(), guard.attempt(), status, location, body)).mapEmpty();
  }

  /** Keeps the answer made for a retry of a request whose first answer was lost. */
  Future<Void> answeredAgain(UUID participantId, String key, int status, String location, String body) {
    return pool.preparedQuery(ANSWERED_AGAIN).execute(Tuple.of(participantId, key, status, location, body)).mapEmpty();
  }

  Future<Void> release(IdempotencyGuard guard) {
    return pool.preparedQuery(RELEASE).execute(Tuple.of(guard.participantId(), guard.key(), guard.attempt()))
        .mapEmpty();
  }

  /** Forgets keys older than {@link #KEPT}, a batch at a time; the number forgotten. */
  public Future<Integer> forgetExpired() {
    return pool.preparedQuery(FORGET_EXPIRED).execute(Tuple.of(FORGET_BATCH)).compose(deleted ->
        deleted.rowCount() < FORGET_BATCH ? Future.succeededFuture(deleted.rowCount())
            : forgetExpired().map(more -> more + deleted.rowCount()));
  }

  static JsonArray made(Row row) {
    return row.getJsonArray("made");
  }
}
