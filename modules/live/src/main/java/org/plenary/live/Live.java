package org.plenary.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.sqlclient.Pool;
import java.util.List;
import org.plenary.forum.api.ForumAccess;
import org.plenary.notifications.api.NotificationsAccess;
import org.plenary.platform.database.DatabaseOutage;
import org.plenary.platform.events.EventDispatcher;
import org.plenary.platform.events.OutboxEvent;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.identity.Participants;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.sessions.api.SpeakersAccess;

/**
 * The live context: event streams fed by this server's event dispatcher. {@code plenary_sse_subscribers} on
 * {@code /metrics} counts this server's open streams.
 */
public final class Live implements PlenaryModule {

  private final LiveHub hub;
  private final List<ApiModule> apis;
  private MessageConsumer<OutboxEvent> events;

  public Live(Vertx vertx, Pool pool, DatabaseOutage outage, ForumAccess forum, NotificationsAccess notifications,
              SpeakersAccess speakers, MeterRegistry meters) {
    Participants participants = new Participants(pool);
    this.hub = new LiveHub(pool, outage, List.of(new ThreadEventRenderer(forum), new NotificationEventRenderer(notifications),
        new SessionEventRenderer(speakers)), new CurrentReaders(participants));
    this.apis = List.of(new EventStreamsApi(vertx, pool, forum, speakers, participants, hub));
    Gauge.builder("plenary.sse.subscribers", hub, LiveHub::subscribers)
        .description("Server-sent event streams open on this server").register(meters);
  }

  @Override
  public List<ApiModule> apis() {
    return apis;
  }

  /** Starts following this server's events; call on the context that should render them. */
  @Override
  public Future<Void> start(Vertx vertx) {
    events = EventDispatcher.consume(vertx, hub::onEvent);
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> stop(Vertx vertx) {
    closeStreams();
    return Future.succeededFuture();
  }

  /** Ends every open stream, so that shutting down does not wait for them. */
  public void closeStreams() {
    hub.closeAll();
    if (events != null) {
      events.unregister();
    }
  }
}
