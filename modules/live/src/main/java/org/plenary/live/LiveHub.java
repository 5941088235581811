package org.plenary.live;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.plenary.accreditation.api.AccreditationEvents;
import org.plenary.platform.database.DatabaseOutage;
import org.plenary.platform.events.EventLog;
import org.plenary.platform.events.OutboxEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This server's open event streams, by stream name. Each published event is rendered once for all the
 * subscribers of its stream and handed to each; events of one stream are rendered one after the other,
 * so every subscriber receives them in commit order. Every event is rendered for its readers' rights as
 * they stand then ({@link CurrentReaders}), and an accreditation change re-checks the streams of the
 * organization's people at once: a stream its reader may no longer follow ends. An event that cannot be
 * rendered (the database went away for a moment) is never skipped: the streams it was for end before any
 * later event, so that their clients resume from before it and are sent it from the outbox.
 */
final class LiveHub {

  private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);
  private static final int REPLAY_BATCH = 200;
  /** The most events a (re)connecting subscriber is sent from the outbox; further behind, it resynchronises. */
  static final int MAX_REPLAY = 1_000;
  private static final String RESYNC = new JsonObject().put("type", "stream.resync").put("limit", MAX_REPLAY)
      .put("detail", "You missed more than " + MAX_REPLAY + " events: fetch what you show again through the REST"
          + " API; this stream carries the events that follow.").encode();

  private final Pool pool;
  private final DatabaseOutage outage;
  private final List<EventRenderer> renderers;
  private final CurrentReaders readers;
  private final Map<String, Set<Subscriber>> byStream = new ConcurrentHashMap<>();
  /** The rendering in progress per stream; touched only on the context that receives events. */
  private final Map<String, Future<Void>> renderingTails = new HashMap<>();

  LiveHub(Pool pool, DatabaseOutage outage, List<EventRenderer> renderers, CurrentReaders readers) {
    this.pool = pool;
    this.outage = outage;
    this.renderers = renderers;
    this.readers = readers;
  }

  /**
   * Starts {@code subscriber}: it is registered first, so nothing published from now on is missed, then
   * sent every event of its streams after its resume position from the outbox; events that arrive live
   * meanwhile wait, and are sent after the replay unless the replay already sent them. A subscriber more
   * than {@link #MAX_REPLAY} events behind is sent none of them but a {@code stream.resync} event, whose id
   * is the latest position: it fetches the current state through the REST API and follows from there.
   */
  Future<Void> start(Subscriber subscriber) {
    subscriber.streams().forEach(stream -> byStream.computeIfAbsent(stream, s -> ConcurrentHashMap.newKeySet())
        .add(subscriber));
    subscriber.onClose(() -> subscriber.streams().forEach(stream -> byStream.computeIfPresent(stream,
        (s, subscribers) -> {
          subscribers.remove(subscriber);
          return subscribers.isEmpty() ? null : subscribers;
        })));
    long after = subscriber.lastSent();
    return EventLog.countAfter(pool, subscriber.streams(), after, MAX_REPLAY + 1)
        .compose(missed -> missed > MAX_REPLAY ? resync(subscriber) : replay(subscriber, after))
        .onSuccess(done -> subscriber.goLive()).onFailure(failure -> {
      if (!outage.report(failure)) {
        LOG.warn("Could not replay missed events; closing the stream", failure);
      }
      subscriber.close();
    });
  }

  /** The open event streams of this server (a subscriber follows one or more streams). */
  int subscribers() {
    Set<Subscriber> distinct = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    byStream.values().forEach(distinct::addAll);
    return distinct.size();
  }

  void closeAll() {
    byStream.values().forEach(subscribers -> subscribers.forEach(s -> s.deliver(Long.MAX_VALUE, Rendered.CLOSE, null)));
  }

  /** Called for every event this server publishes, on one context. */
  void onEvent(OutboxEvent event) {
    if (event.in(AccreditationEvents.ACCREDITATION) && event.stream().startsWith("organization:")) {
      accreditationChanged(event.streamKey());
    }
    Set<Subscriber> subscribers = byStream.get(event.stream());
    if (subscribers == null) {
      return;
    }
    inTurn(event.stream(), () -> fanOut(event, List.copyOf(subscribers)));
  }

  /** Runs {@code work} once the stream's earlier events are rendered. */
  private void inTurn(String stream, Supplier<Future<Void>> work) {
    Future<Void> previous = renderingTails.getOrDefault(stream, Future.succeededFuture());
    Future<Void> tail = previous.compose(v -> work.get());
    renderingTails.put(stream, tail);
    tail.onComplete(done -> renderingTails.remove(stream, tail));
  }

  /**
   * The organization's people are read again from now on, and each of their streams is checked at once:
   * one they may no longer follow ends, with no need to wait for the thread's next event.
   */
  private void accreditationChanged(String organizationId) {
    Set<UUID> known = readers.forgetOrganization(organizationId);
    byStream.forEach((stream, subscribers) -> {
      List<Subscriber> concerned = subscribers.stream().filter(s -> s.reader()
          .map(p -> p.organization().id().equals(organizationId) || known.contains(p.id())).orElse(false)).toList();
      Optional<EventRenderer> renderer = rendererFor(stream);
      if (!concerned.isEmpty() && renderer.isPresent()) {
        inTurn(stream, () -> readers.of(concerned.stream().map(Subscriber::reader).toList())
            .compose(current -> renderer.get().access(stream, current))
            .map(verdicts -> {
              for (int i = 0; i < concerned.size(); i++) {
                if (verdicts.get(i) instanceof Rendered.End) {
                  concerned.get(i).deliver(Long.MAX_VALUE, verdicts.get(i), null);
                }
              }
              return (Void) null;
            })
            .otherwise(failure -> {
              LOG.warn("Could not check the streams of {} after its accreditation changed", organizationId, failure);
              return null;
            }));
      }
    });
  }

  private Future<Void> fanOut(OutboxEvent event, List<Subscriber> subscribers) {
    Optional<EventRenderer> renderer = rendererFor(event.stream());
    if (renderer.isEmpty() || subscribers.isEmpty()) {
      return Future.succeededFuture();
    }
    return readers.of(subscribers.stream().map(Subscriber::reader).toList())
        .compose(current -> renderer.get().render(event, current))
        .map(rendered -> {
          Map<Rendered, Buffer> encoded = new IdentityHashMap<>();
          List<Buffer> frames = new ArrayList<>(subscribers.size());
          for (Rendered each : rendered) {
            frames.add(each instanceof Rendered.Send send
                ? encoded.computeIfAbsent(each, r -> send.frame(event.position())) : null);
          }
          Subscriber.deliverEach(event.position(), subscribers, rendered, frames);
          return (Void) null;
        })
        .otherwise(failure -> {
          if (!outage.report(failure)) {
            LOG.warn("Could not render event {}; its {} subscribers resume from before it", event.position(),
                subscribers.size(), failure);
          }
          subscribers.forEach(subscriber -> subscriber.deliver(Long.MAX_VALUE, Rendered.INTERRUPTED, null));
          return null;
        });
  }

  /** Skips what the subscriber missed: its next event is the resync, at the latest position. */
  private Future<Void> resync(Subscriber subscriber) {
    return EventLog.latest(pool).map(latest -> {
      subscriber.replayed(latest, new Rendered.Send("stream.resync", RESYNC));
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
    return readers.of(List.of(subscriber.reader()))
        .compose(current -> renderer.get().render(event, current))
        .compose(rendered -> {
          subscriber.replayed(event.position(), rendered.get(0));
          return replayEach(subscriber, events, index + 1);
        });
  }

  private Optional<EventRenderer> rendererFor(String stream) {
    return renderers.stream().filter(r -> r.handles(stream)).findFirst();
  }
}
