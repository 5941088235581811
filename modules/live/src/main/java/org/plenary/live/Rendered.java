package org.plenary.live;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/** What one subscriber gets of one event. */
sealed interface Rendered {

  /** The event's {@code data}, as this subscriber may see it. */
  record Send(String eventName, String data) implements Rendered {

    /** The event as the stream carries it. */
    Buffer frame(long position) {
      return Buffer.buffer("id: " + position + "\nevent: " + eventName + "\ndata: " + data + "\n\n");
    }
  }

  /** Nothing: the event is not for this subscriber. */
  record Skip() implements Rendered {
  }

  /**
   * The subscriber may no longer follow this stream (its thread is no longer open to them, or they lost the
   * rights it needs): a last {@code stream.ended} event tells them why, then the stream ends.
   */
  record End(String reason, String detail) implements Rendered {

    /** Without an {@code id:}, so that a client's Last-Event-ID stays that of the last event it was sent. */
    Buffer frame() {
      return Buffer.buffer("event: stream.ended\ndata: " + new JsonObject().put("type", "stream.ended")
          .put("reason", reason).put("detail", detail).encode() + "\n\n");
    }
  }

  /**
   * The stream closes, and the client reconnects with its Last-Event-ID (EventSource does so by itself): this
   * server is shutting down, or an event could not be rendered and must not be skipped. {@code comment}, if
   * any, is a last SSE comment that says why to whoever reads the raw stream.
   */
  record Close(String comment) implements Rendered {

    Buffer frame() {
      return Buffer.buffer(": " + comment + "\n\n");
    }
  }

  Rendered SKIP = new Skip();
  Rendered CLOSE = new Close(null);
  Rendered INTERRUPTED = new Close("interrupted: an event could not be prepared for you; reconnect with"
      + " Last-Event-ID to receive it");
  Rendered NOT_READABLE = new End("not-readable", "This thread is no longer open to you: its audience changed,"
      + " or your roles did.");
  Rendered NOT_ACCREDITED = new End("not-accredited", "Your organization is not accredited (any more):"
      + " stakeholders take part only while accredited.");
}
