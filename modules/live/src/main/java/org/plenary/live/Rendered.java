package org.plenary.live;

import io.vertx.core.buffer.Buffer;

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

  /** The subscriber may no longer follow this stream (its thread is no longer open to them). */
  record End() implements Rendered {
  }

  Rendered SKIP = new Skip();
  Rendered END = new End();
}
