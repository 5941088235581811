package org.plenary.platform.events;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import java.util.function.Consumer;
import org.plenary.platform.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes committed outbox events on this server's event bus, in commit order, each exactly once.
 * Every server instance runs one: a NOTIFY from each committing writer wakes it over its own LISTEN
 * connection, and it reads the events after the last position it published. A slow poll covers a LISTEN
 * connection that is down or reconnecting; reading by position means nothing is lost meanwhile.
 */
public final class EventDispatcher {

  public static final String ADDRESS = "plenary.events";
  static final String CHANNEL = "plenary_outbox";
  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
  private static final int BATCH = 500;
  private static final long POLL_MS = 5_000;
  private static final long RECONNECT_MS = 1_000;

  private final Vertx vertx;
  private final Pool pool;
  private final DatabaseOutage outage;
  private final PgSubscriber subscriber;
  private long lastPublished;
  private boolean reading;
  private boolean wokenWhileReading;
  private long pollTimer = -1;

  private EventDispatcher(Vertx vertx, Pool pool, DatabaseOutage outage, PgConnectOptions listenOn) {
    this.vertx = vertx;
    this.pool = pool;
    this.outage = outage;
    this.subscriber = PgSubscriber.subscriber(vertx, listenOn).reconnectPolicy(attempt -> RECONNECT_MS);
  }

  /**
   * Starts publishing the events committed from now on. Call on the context that should do the reading. While
   * the database is unreachable, {@code outage} is told instead of logging each failed read.
   */
  public static Future<EventDispatcher> start(Vertx vertx, Pool pool, DatabaseOutage outage, PgConnectOptions listenOn) {
    vertx.eventBus().registerDefaultCodec(OutboxEvent.class, new LocalEventCodec());
    EventDispatcher dispatcher = new EventDispatcher(vertx, pool, outage, listenOn);
    return EventLog.latest(pool).compose(latest -> {
      dispatcher.lastPublished = latest;
      dispatcher.subscriber.channel(CHANNEL).subscribeHandler(v -> dispatcher.listening())
          .handler(payload -> dispatcher.wake());
      return dispatcher.subscriber.connect();
    }).map(connected -> {
      dispatcher.pollTimer = vertx.setPeriodic(POLL_MS, t -> dispatcher.wake());
      LOG.info("Dispatching outbox events after position {}", dispatcher.lastPublished);
      return dispatcher;
    });
  }

  /** Registers a handler for every event published on this server, on the caller's context. */
  public static MessageConsumer<OutboxEvent> consume(Vertx vertx, Consumer<OutboxEvent> handler) {
    return vertx.eventBus().<OutboxEvent>localConsumer(ADDRESS, message -> handler.accept(message.body()));
  }

  /**
   * Registers a handler for the events of {@code family} published on this server (an organization's
   * accreditation changes, say), on the caller's context. Every instance publishes every
   * committed event, so each instance's handler sees each event once.
   */
  public static MessageConsumer<OutboxEvent> consume(Vertx vertx, EventFamily family, Consumer<OutboxEvent> handler) {
    return consume(vertx, event -> {
      if (event.in(family)) {
        handler.accept(event);
      }
    });
  }

  public Future<Void> close() {
    vertx.cancelTimer(pollTimer);
    return subscriber.close();
  }

  /**
   * (Re)connected and listening: read what was committed meanwhile. The connection's failures go to the log
   * (the client would print them on the console) unless they are an outage, already logged once.
   */
  private void listening() {
    PgConnection connection = subscriber.actualConnection();
    if (connection != null) {
      connection.exceptionHandler(failure -> {
        if (!outage.report(failure)) {
          LOG.warn("The LISTEN connection failed; reconnecting", failure);
        }
      });
    }
    wake();
  }

  private void wake() {
    if (reading) {
      wokenWhileReading = true;
      return;
    }
    reading = true;
    wokenWhileReading = false;
    readBatch();
  }

  private void readBatch() {
    EventLog.after(pool, lastPublished, BATCH).onSuccess(events -> {
      for (OutboxEvent event : events) {
        lastPublished = event.position();
        vertx.eventBus().publish(ADDRESS, event);
      }
      if (events.size() == BATCH) {
        readBatch();
      } else {
        finishReading();
      }
    }).onFailure(failure -> {
      if (!outage.report(failure)) {
        LOG.warn("Could not read the outbox after position {}; retrying on the next wake-up", lastPublished, failure);
      }
      finishReading();
    });
  }

  private void finishReading() {
    reading = false;
    if (wokenWhileReading) {
      wake();
    }
  }
}
