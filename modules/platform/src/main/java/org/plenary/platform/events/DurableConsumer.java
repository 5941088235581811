package org.plenary.platform.events;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import org.plenary.platform.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every committed event to a handler exactly once across all server instances, in commit order.
 * Each batch is handled in one transaction together with the consumer's stored position, whose row
 * lock lets one instance at a time work; the others wait and then find nothing left to do.
 */
public final class DurableConsumer {

  /** Handles a batch of events inside the transaction that advances the consumer's position. */
  public interface BatchHandler {
    Future<Void> handle(SqlConnection transaction, List<OutboxEvent> events);
  }

  private static final Logger LOG = LoggerFactory.getLogger(DurableConsumer.class);
  private static final int BATCH = 200;
  private static final long POLL_MS = 5_000;
  private static final String REGISTER = "INSERT INTO event_consumer (name, last_position)"
      + " SELECT $1, coalesce(max(commit_order), 0) FROM outbox_event ON CONFLICT (name) DO NOTHING";
  private static final String LOCK = "SELECT last_position FROM event_consumer WHERE name = $1 FOR UPDATE";
  private static final String ADVANCE = "UPDATE event_consumer SET last_position = $2 WHERE name = $1";

  private final Vertx vertx;
  private final Pool pool;
  private final String name;
  private final BatchHandler handler;
  private MessageConsumer<OutboxEvent> wakeUps;
  private long pollTimer = -1;
  private boolean running;
  private boolean wokenWhileRunning;
  private boolean closed;

  private DurableConsumer(Vertx vertx, Pool pool, String name, BatchHandler handler) {
    this.vertx = vertx;
    this.pool = pool;
    this.name = name;
    this.handler = handler;
  }

  /** Starts consuming; on its very first start a consumer begins with the events committed from then on. */
  public static Future<DurableConsumer> start(Vertx vertx, Pool pool, String name, BatchHandler handler) {
    DurableConsumer consumer = new DurableConsumer(vertx, pool, name, handler);
    return pool.preparedQuery(REGISTER).execute(Tuple.of(name)).map(registered -> {
      consumer.wakeUps = EventDispatcher.consume(vertx, event -> consumer.wake());
      consumer.pollTimer = vertx.setPeriodic(POLL_MS, t -> consumer.wake());
      consumer.wake();
      return consumer;
    });
  }

  public Future<Void> close() {
    closed = true;
    vertx.cancelTimer(pollTimer);
    return wakeUps == null ? Future.succeededFuture() : wakeUps.unregister();
  }

  private void wake() {
    if (closed) {
      return;
    }
    if (running) {
      wokenWhileRunning = true;
      return;
    }
    running = true;
    wokenWhileRunning = false;
    runBatch();
  }

  private void runBatch() {
    pool.withTransaction(conn -> conn.preparedQuery(LOCK).execute(Tuple.of(name))
        .compose(rows -> EventLog.after(conn, rows.iterator().next().getLong("last_position"), BATCH))
        .compose(events -> events.isEmpty() ? Future.succeededFuture(0)
            : handler.handle(conn, events)
                .compose(done -> conn.preparedQuery(ADVANCE)
                    .execute(Tuple.of(name, events.get(events.size() - 1).position())))
                .map(events.size())))
        .onSuccess(handled -> {
          if (handled == BATCH) {
            runBatch();
          } else {
            finish();
          }
        })
        .onFailure(failure -> {
          if (closed) {
            LOG.debug("Consumer {} closed during a batch", name);
          } else if (DatabaseOutage.isOutage(failure)) {
            // Logged once per outage by whatever meets it first; the batch is retried once the database is back.
            LOG.debug("Consumer {} waits for the database", name);
          } else {
            LOG.error("Consumer {} failed on a batch of events; it retries on the next wake-up", name, failure);
          }
          finish();
        });
  }

  private void finish() {
    running = false;
    if (wokenWhileRunning) {
      wake();
    }
  }
}
