package org.plenary.platform.database;

import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.Pool;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the failures of an unreachable database from every other, and keeps the log to two lines an
 * outage: one at the first failure, one when the database answers again (it is probed every second
 * meanwhile). Requests that fail so are answered 503 with {@code Retry-After}, each without a log line;
 * they are counted and the count is logged when the outage ends.
 */
public final class DatabaseOutage {

  /** What a client is told to wait before retrying while the database is unreachable. */
  public static final int RETRY_AFTER_SECONDS = 5;
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);
  private static final long PROBE_MS = 1000;
  /**
   * SQLSTATEs of a server that is going away, starting, refusing connections or (after a failover) read-only;
   * every state of class 08 (connection exception) counts too.
   */
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "25006");
  /** The pool's own words for a connection it lost or a pool that is closing (vertx-sql-client 5). */
  private static final Set<String> LOST_CONNECTION_MESSAGES = Set.of("Pool closed",
      "Pending requests failed to be sent due to connection has been closed.");
  private static final String POOL_WAIT_TIMEOUT = "Timeout waiting for connection";

  private final Vertx vertx;
  private final Pool pool;
  /** When the ongoing outage began (epoch millis), 0 when the database answers. */
  private final AtomicLong since = new AtomicLong();
  private final LongAdder failuresMeanwhile = new LongAdder();
  private volatile boolean closed;

  public DatabaseOutage(Vertx vertx, Pool pool) {
    this.vertx = vertx;
    this.pool = pool;
  }

  /** Whether {@code failure} means that the database cannot be reached: refused, lost or shutting down. */
  public static boolean isOutage(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException || t instanceof ClosedConnectionException || t instanceof ClosedChannelException
          || t instanceof SocketException || t instanceof UnknownHostException) {
        return true;
      }
      if (t instanceof PgException pg && pg.getSqlState() != null
          && (pg.getSqlState().startsWith("08") || UNAVAILABLE_STATES.contains(pg.getSqlState()))) {
        return true;
      }
      if (t instanceof VertxException && LOST_CONNECTION_MESSAGES.contains(t.getMessage())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code failure} means that every connection of the pool stayed busy for too long: overload, not outage. */
  public static boolean isSaturated(Throwable failure) {
    return failure instanceof ConnectionPoolTooBusyException
        || failure instanceof VertxException && POOL_WAIT_TIMEOUT.equals(failure.getMessage());
  }

  /**
   * Whether {@code failure} is an outage (see {@link #isOutage}). The first of an outage is logged and starts
   * probing the database until it answers; the others are only counted.
   */
  public boolean report(Throwable failure) {
    if (!isOutage(failure)) {
      return false;
    }
    failuresMeanwhile.increment();
    if (!closed && since.compareAndSet(0, System.currentTimeMillis())) {
      LOG.warn("The database is unreachable ({}); requests are answered 503 until it answers again", describe(failure));
      vertx.setTimer(PROBE_MS, t -> probe());
    }
    return true;
  }

  /** Whether an outage is under way: a failure reported it and the database has not answered since. */
  public boolean ongoing() {
    return since.get() != 0;
  }

  /** Stops probing: the pool is closing with the server. */
  public void close() {
    closed = true;
  }

  private void probe() {
    if (closed) {
      return;
    }
    pool.query("SELECT 1").execute()
        .onSuccess(answered -> {
          long began = since.getAndSet(0);
          LOG.info("The database answers again after {} s of outage; {} failures were answered as unavailable",
              (System.currentTimeMillis() - began + 500) / 1000, failuresMeanwhile.sumThenReset());
        })
        .onFailure(stillDown -> vertx.setTimer(PROBE_MS, t -> probe()));
  }

  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
