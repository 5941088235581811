package org.plenary.runtime;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * From the moment the server starts stopping, every response that has not begun says
 * {@code Connection: close}: a keep-alive client then opens a new connection (to another instance) for its
 * next request instead of sending it on one that closes under it. Shared by every event loop.
 */
final class Draining implements Handler<RoutingContext> {

  private final AtomicBoolean draining = new AtomicBoolean();

  /** Whether this is the first call. */
  boolean begin() {
    return draining.compareAndSet(false, true);
  }

  boolean draining() {
    return draining.get();
  }

  @Override
  public void handle(RoutingContext rc) {
    rc.addHeadersEndHandler(v -> {
      if (draining.get()) {
        rc.response().putHeader("Connection", "close");
      }
    });
    rc.next();
  }
}
