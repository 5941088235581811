package org.plenary.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.plenary.platform.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes committed outbox events on this server's event bus, in commit order, each exactly once.
 * Every server instance runs one: a NOTIFY from each committing writer wakes it over its own LISTEN
 * connection, and it reads the events after the last position it published. A slow poll covers a LISTEN
 * connection that is down or reconnecting; reading by position means nothing is lost meanwhile.
 *
 * <p>Its lag is on {@code /metrics}: {@code plenary_outbox_lag_events}, the events committed that this server has
 * not published yet (the latest position is read again at each poll), and {@code plenary_outbox_delivery_seconds},
 * how long each event took from its write to its publication here.
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
  private final Timer delivery;
  /** Written on the reading context, read by /metrics too. */
  private volatile long lastPublished;
  /** The latest committed position seen, by a poll or by publishing; never behind {@link #lastPublished}. */
  private volatile long latestSeen;
  private boolean reading;
  private boolean wokenWhileReading;
  private long pollTimer = -1;

  private EventDispatcher(Vertx vertx, Pool pool, DatabaseOutage outage, PgConnectOptions listenOn,
                          MeterRegistry meters) {
    this.vertx = vertx;
    this.pool = pool;
    this.outage = outage;
    this.subscriber = PgSubscriber.subscriber(vertx, listenOn).reconnectPolicy(attempt -> RECONNECT_MS);
    Gauge.builder("plenary.outbox.lag.events", this, EventDispatcher::lag)
        .description("Events committed to the outbox that this server has not yet published (at most 5 s old)")
        .register(meters);
    this.delivery = Timer.builder("plenary.outbox.delivery")
        .description("Time from an event's write to its publication on this server")
        .register(meters);
  }

  /**
   * Starts publishing the events committed from now on. Call on the context that should do the reading. While
   * the database is unreachable, {@code outage} is told instead of logging each failed read.
   */
  public static Future<EventDispatcher> start(Vertx vertx, Pool pool, DatabaseOutage outage, PgConnectOptions listenOn,
                                              MeterRegistry meters) {
    vertx.eventBus().registerDefaultCodec(OutboxEvent.class, new LocalEventCodec());
    EventDispatcher dispatcher = new EventDispatcher(vertx, pool, outage, listenOn, meters);
    return EventLog.latest(pool).compose(latest -> {
      dispatcher.lastPublished = latest;
      dispatcher.latestSeen = latest;
      dispatcher.subscriber.channel(CHANNEL).subscribeHandler(v -> dispatcher.listening())
          .handler(payload -> dispatcher.wake());
      return dispatcher.subscriber.connect();
    }).map(connected -> {
      dispatcher.pollTimer = vertx.setPeriodic(POLL_MS, t -> {
        dispatcher.measureLag();
        dispatcher.wake();
      });
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

  private long lag() {
    return Math.max(0, latestSeen - lastPublished);
  }

  /** Reads the latest committed position for the lag gauge; a failure leaves the last value (the outage is told). */
  private void measureLag() {
    EventLog.latest(pool).onSuccess(latest -> latestSeen = Math.max(latestSeen, latest))
        .onFailure(failure -> {
          if (!outage.report(failure)) {
            LOG.warn("Could not read the outbox's latest position: {}", failure.getMessage());
          }
        });
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
      Instant now = Instant.now();
      for (OutboxEvent event : events) {
        lastPublished = event.position();
        latestSeen = Math.max(latestSeen, lastPublished);
        vertx.eventBus().publish(ADDRESS, event);
        // Clocks of the database and of this server may differ by a little: a negative time counts as none.
        Duration took = Duration.between(event.at(), now);
        delivery.record(took.isNegative() ? Duration.ZERO : took);
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
