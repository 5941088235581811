package org.plenary.runtime;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import org.plenary.platform.config.PlenaryConfig;

/**
 * Conservative browser security headers on every response, and a Content-Security-Policy that lets
 * pages load only this server's own scripts and styles and talk only to this server and its issuer.
 */
final class SecurityHeaders implements Handler<RoutingContext> {

  private final String contentSecurityPolicy;

  SecurityHeaders(PlenaryConfig config) {
    URI issuer = URI.create(config.effectiveIssuer());
    String issuerOrigin = issuer.getScheme() + "://" + issuer.getAuthority();
    this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        + " font-src 'self'; connect-src 'self' " + issuerOrigin + "; form-action 'self' " + issuerOrigin + ";"
        + " frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
  }

  @Override
  public void handle(RoutingContext rc) {
    rc.response()
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "same-origin")
        .putHeader("X-Frame-Options", "DENY")
        .putHeader("Content-Security-Policy", contentSecurityPolicy);
    rc.next();
  }
}
