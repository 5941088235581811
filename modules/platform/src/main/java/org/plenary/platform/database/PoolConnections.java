package org.plenary.platform.database;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The pool's latest connections, kept so that queries still running when the server closes can be cancelled:
 * the pool would otherwise wait for them to finish before it closes, holding the shutdown past its grace period.
 * Told of each connection as the pool opens it; cancelling a connection that is idle or gone does nothing.
 */
final class PoolConnections implements Handler<SqlConnection> {

  private final int capacity;
  private final Deque<PgConnection> latest = new ArrayDeque<>();

  /** Keeps {@code capacity} connections at most: the pool's size, and some for those it replaced. */
  PoolConnections(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public void handle(SqlConnection connection) {
    synchronized (latest) {
      latest.addLast(PgConnection.cast(connection));
      if (latest.size() > capacity) {
        latest.removeFirst();
      }
    }
    // Hands the new connection to the pool.
    connection.close();
  }

  /** Asks PostgreSQL to cancel whatever each connection is running; done when every request is sent. */
  Future<Void> cancelRunningQueries() {
    List<Future<Void>> cancelled = new ArrayList<>();
    synchronized (latest) {
      latest.forEach(connection -> cancelled.add(connection.cancelRequest().otherwiseEmpty()));
    }
    return Future.join(cancelled).mapEmpty();
  }
}
