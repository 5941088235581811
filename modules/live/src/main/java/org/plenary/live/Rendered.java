package org.plenary.live;

/** What one subscriber gets of one event. */
sealed interface Rendered {

  /** The event's {@code data}, as this subscriber may see it. */
  record Send(String eventName, String data) implements Rendered {
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
