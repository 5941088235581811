package org.plenary.server;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Conservative browser security headers on every response. */
final class SecurityHeaders implements Handler<RoutingContext> {

  @Override
  public void handle(RoutingContext rc) {
    rc.response()
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "same-origin")
        .putHeader("X-Frame-Options", "DENY");
    rc.next();
  }
}
