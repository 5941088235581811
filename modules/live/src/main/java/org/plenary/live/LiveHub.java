package org.plenary.live;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.core.buffer.Buffer;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.plenary.platform.events.EventLog;
import org.plenary.platform.events.OutboxEvent;
import org.plenary.platform.identity.Participant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This server's open event streams, by stream name. Each published event is rendered once for all the
 * subscribers of its stream and handed to each; events of one stream are rendered one after the other,
 * so every subscriber receives them in commit order.
 */
final class LiveHub {

  private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);
  private static final int REPLAY_BATCH = 200;

  private final Pool pool;
  private final List<EventRenderer> renderers;
  private final Map<String, Set<Subscriber>> byStream = new ConcurrentHashMap<>();
  /** The rendering in progress per stream; touched only on the context that receives events. */
  private final Map<String, Future<Void>> renderingTails = new HashMap<>();

  LiveHub(Pool pool, List<EventRenderer> renderers) {
    this.pool = pool;
    this.renderers = renderers;
  }

  /**
   * Starts {@code subscriber}: it is registered first, so nothing published from now on is missed, then
   * sent every event of its streams after its resume position from the outbox; events that arrive live
   * meanwhile wait, and are sent after the replay unless the replay already sent them.
   */
  Future<Void> start(Subscriber subscriber) {
    subscriber.streams().forEach(stream -> byStream.computeIfAbsent(stream, s -> ConcurrentHashMap.newKeySet())
        .add(subscriber));
    subscriber.onClose(() -> subscriber.streams().forEach(stream -> byStream.computeIfPresent(stream,
        (s, subscribers) -> {
          subscribers.remove(subscriber);
          return subscribers.isEmpty() ? null : subscribers;
        })));
    return replay(subscriber, subscriber.lastSent()).onSuccess(done -> subscriber.goLive()).onFailure(failure -> {
      LOG.warn("Could not replay missed events; closing the stream", failure);
      subscriber.close();
    });
  }

  int subscriberCount() {
    return byStream.values().stream().mapToInt(Set::size).sum();
  }

  void closeAll() {
    byStream.values().forEach(subscribers -> subscribers.forEach(s -> s.deliver(Long.MAX_VALUE, Rendered.END, null)));
  }

  /** Called for every event this server publishes, on one context. */
  void onEvent(OutboxEvent event) {
    Set<Subscriber> subscribers = byStream.get(event.stream());
    if (subscribers == null) {
      return;
    }
    Future<Void> previous = renderingTails.getOrDefault(event.stream(), Future.succeededFuture());
    Future<Void> tail = previous.compose(v -> fanOut(event, List.copyOf(subscribers)));
    renderingTails.put(event.stream(), tail);
    tail.onComplete(done -> renderingTails.remove(event.stream(), tail));
  }

  private Future<Void> fanOut(OutboxEvent event, List<Subscriber> subscribers) {
    Optional<EventRenderer> renderer = rendererFor(event.stream());
    if (renderer.isEmpty() || subscribers.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Optional<Participant>> readers = subscribers.stream().map(Subscriber::reader).toList();
    return renderer.get().render(event, readers).map(rendered -> {
      Map<Rendered, Buffer> frames = new IdentityHashMap<>();
      for (int i = 0; i < subscribers.size(); i++) {
        Rendered each = rendered.get(i);
        Buffer frame = each instanceof Rendered.Send send
            ? frames.computeIfAbsent(each, r -> send.frame(event.position())) : null;
        subscribers.get(i).deliver(event.position(), each, frame);
      }
      return (Void) null;
    }).otherwise(failure -> {
      LOG.warn("Could not render event {} for its subscribers", event.position(), failure);
      return null;
    });
  }

  private Future<Void> replay(Subscriber subscriber, long after) {
    return EventLog.after(pool, subscriber.streams(), after, REPLAY_BATCH)
        .compose(events -> replayEach(subscriber, events, 0).compose(v -> events.size() == REPLAY_BATCH
            ? replay(subscriber, events.get(events.size() - 1).position()) : Future.succeededFuture()));
  }

  private Future<Void> replayEach(Subscriber subscriber, List<OutboxEvent> events, int index) {
    if (index == events.size()) {
      return Future.succeededFuture();
    }
    OutboxEvent event = events.get(index);
    Optional<EventRenderer> renderer = rendererFor(event.stream());
    if (renderer.isEmpty()) {
      return replayEach(subscriber, events, index + 1);
    }
    return renderer.get().render(event, List.of(subscriber.reader()))
        .compose(rendered -> {
          subscriber.replayed(event.position(), rendered.get(0));
          return replayEach(subscriber, events, index + 1);
        });
  }

  private Optional<EventRenderer> rendererFor(String stream) {
    return renderers.stream().filter(r -> r.handles(stream)).findFirst();
  }
}
