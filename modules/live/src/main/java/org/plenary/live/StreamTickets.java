package org.plenary.live;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Tickets for {@code ?ticket=} on event streams: 256 random bits, valid for a minute, good for one
 * connection, kept in the database (as a hash) so that any server instance can redeem them.
 */
final class StreamTickets {

  static final Duration LIFETIME = Duration.ofSeconds(60);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ISSUE = "INSERT INTO stream_ticket (ticket_hash, participant_id, expires_at) VALUES ($1, $2, $3)";
  private static final String FORGET_EXPIRED = "DELETE FROM stream_ticket WHERE expires_at < now() - interval '1 hour'";
  private static final String REDEEM = "DELETE FROM stream_ticket WHERE ticket_hash = $1 AND expires_at > now()"
      + " RETURNING participant_id";

  record Ticket(String value, Instant expiresAt) {
  }

  private final Pool pool;

  StreamTickets(Pool pool) {
    this.pool = pool;
  }

  Future<Ticket> issue(UUID participantId) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant expiresAt = Instant.now().plus(LIFETIME);
    return pool.query(FORGET_EXPIRED).execute()
        .compose(forgotten -> pool.preparedQuery(ISSUE)
            .execute(Tuple.of(hash(value), participantId, expiresAt.atOffset(ZoneOffset.UTC))))
        .map(new Ticket(value, expiresAt));
  }

  /** The ticket's participant, once: a second use, an expired or an unknown ticket gives nothing. */
  Future<Optional<UUID>> redeem(String value) {
    return pool.preparedQuery(REDEEM).execute(Tuple.of(hash(value))).map(rows -> rows.size() == 0 ? Optional.empty()
        : Optional.of(rows.iterator().next().getUUID("participant_id")));
  }

  private static byte[] hash(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
