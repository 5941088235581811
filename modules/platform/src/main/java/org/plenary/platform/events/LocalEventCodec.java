package org.plenary.platform.events;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;

/** Passes {@link OutboxEvent}s between verticles of one server as they are: the event bus here is local. */
final class LocalEventCodec implements MessageCodec<OutboxEvent, OutboxEvent> {

  @Override
  public void encodeToWire(Buffer buffer, OutboxEvent event) {
    throw new UnsupportedOperationException("outbox events stay within one server; each reads the outbox itself");
  }

  @Override
  public OutboxEvent decodeFromWire(int pos, Buffer buffer) {
    throw new UnsupportedOperationException("outbox events stay within one server");
  }

  @Override
  public OutboxEvent transform(OutboxEvent event) {
    return event;
  }

  @Override
  public String name() {
    return "plenary-outbox-event";
  }

  @Override
  public byte systemCodecID() {
    return -1;
  }
}
