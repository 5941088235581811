package org.plenary.live;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.platform.identity.Participant;

/**
 * One open event stream. Everything it does runs on its connection's own event loop; others hand it
 * frames with {@link #deliver}. Its memory is bounded: frames wait only while the client is slow, and a
 * client that falls {@link #MAX_BACKLOG_BYTES} behind is disconnected, to resume with Last-Event-ID.
 */
final class Subscriber {

  static final int MAX_BACKLOG_BYTES = 512 * 1024;
  private static final int WRITE_QUEUE_BYTES = 64 * 1024;
  private static final int MAX_HELD_WHILE_REPLAYING = 1000;

  private record Frame(long position, Buffer bytes) {
  }

  private final Context context;
  private final HttpServerResponse response;
  private final HttpConnection connection;
  /** Who opened the stream; what they may see is decided with their rights as they stand at each event. */
  private final Optional<Participant> reader;
  private final List<String> streams;
  private final ArrayDeque<Frame> backlog = new ArrayDeque<>();
  private final ArrayDeque<Frame> heldWhileReplaying = new ArrayDeque<>();
  private int backlogBytes;
  private long lastSent;
  private boolean replaying = true;
  private boolean closed;
  private final List<Runnable> closeActions = new ArrayList<>();

  Subscriber(Context context, HttpServerResponse response, HttpConnection connection, Optional<Participant> reader,
             List<String> streams, long resumeAfter) {
    this.context = context;
    this.response = response;
    this.connection = connection;
    this.reader = reader;
    this.streams = streams;
    this.lastSent = resumeAfter;
    response.setWriteQueueMaxSize(WRITE_QUEUE_BYTES);
    response.drainHandler(v -> flush());
    response.closeHandler(v -> closed());
  }

  Optional<Participant> reader() {
    return reader;
  }

  List<String> streams() {
    return streams;
  }

  long lastSent() {
    return lastSent;
  }

  /** Runs {@code action} once the stream ends, whoever ends it. */
  void onClose(Runnable action) {
    closeActions.add(action);
  }

  /**
   * From any thread: the event at {@code position}, in the order events are delivered; {@code frame} is
   * the rendered event as bytes, shared by every subscriber that sees the same.
   */
  void deliver(long position, Rendered rendered, Buffer frame) {
    context.runOnContext(v -> accept(position, rendered, frame, false));
  }

  /**
   * From any thread: one event to many subscribers, {@code rendered} and {@code frames} at their indexes. Each
   * event loop is handed its subscribers' share in one task, not one task per subscriber: a thousand subscribers
   * on one thread cost a few tasks, and the event loops a few wake-ups, per event.
   */
  static void deliverEach(long position, List<Subscriber> subscribers, List<Rendered> rendered, List<Buffer> frames) {
    Map<Context, List<Integer>> byContext = new IdentityHashMap<>();
    for (int i = 0; i < subscribers.size(); i++) {
      byContext.computeIfAbsent(subscribers.get(i).context, c -> new ArrayList<>()).add(i);
    }
    byContext.forEach((context, indexes) -> context.runOnContext(v -> {
      for (int i : indexes) {
        subscribers.get(i).accept(position, rendered.get(i), frames.get(i), false);
      }
    }));
  }

  /** On this subscriber's context, during replay: a missed event read from the outbox. */
  void replayed(long position, Rendered rendered) {
    accept(position, rendered, rendered instanceof Rendered.Send send ? send.frame(position) : null, true);
  }

  /** Replay is done: send what arrived live meanwhile and was not replayed. */
  void goLive() {
    replaying = false;
    while (!heldWhileReplaying.isEmpty() && !closed) {
      Frame frame = heldWhileReplaying.poll();
      if (frame.position() > lastSent) {
        enqueue(frame);
      }
    }
  }

  void comment(String text) {
    if (!closed && backlog.isEmpty()) {
      response.write(": " + text + "\n\n");
    }
  }

  void close() {
    if (!closed) {
      response.end();
      closed();
    }
  }

  private void accept(long position, Rendered rendered, Buffer bytes, boolean fromReplay) {
    if (closed || position <= lastSent) {
      return;
    }
    if (rendered instanceof Rendered.End end) {
      response.write(end.frame());
      close();
      return;
    }
    if (rendered instanceof Rendered.Close ending) {
      if (ending.comment() != null && backlog.isEmpty()) {
        response.write(ending.frame());
      }
      close();
      return;
    }
    if (!(rendered instanceof Rendered.Send)) {
      return;
    }
    Frame frame = new Frame(position, bytes);
    if (replaying && !fromReplay) {
      heldWhileReplaying.add(frame);
      if (heldWhileReplaying.size() > MAX_HELD_WHILE_REPLAYING) {
        disconnect();
      }
      return;
    }
    enqueue(frame);
  }

  private void enqueue(Frame frame) {
    lastSent = frame.position();
    if (backlog.isEmpty() && !response.writeQueueFull()) {
      response.write(frame.bytes());
      return;
    }
    backlog.add(frame);
    backlogBytes += frame.bytes().length();
    if (backlogBytes > MAX_BACKLOG_BYTES) {
      disconnect();
    }
  }

  private void flush() {
    while (!backlog.isEmpty() && !response.writeQueueFull() && !closed) {
      Frame frame = backlog.poll();
      backlogBytes -= frame.bytes().length();
      response.write(frame.bytes());
    }
  }

  /** Drops a client that does not keep up, without waiting for it to take what is queued. */
  private void disconnect() {
    connection.close();
    closed();
  }

  private void closed() {
    if (!closed) {
      closed = true;
      backlog.clear();
      heldWhileReplaying.clear();
      closeActions.forEach(Runnable::run);
    }
  }
}
