package org.plenary.runtime;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.List;

/**
 * Serves the web application built by {@code frontend/} from the classpath, with the single-page
 * application's routes falling back to {@code index.html}.
 */
final class Frontend {

  private static final String WEBROOT = "webroot";
  /** Paths the server answers itself: a miss there is a real 404, never the application's page. */
  private static final List<String> SERVER_PATHS = List.of("/api/", "/dev-idp/", "/health/", "/metrics", "/assets/");

  private Frontend() {
  }

  static void mount(Router router, Vertx vertx) {
    // StaticHandler writes no cache headers for resources read from a jar, so they are set here:
    // asset names carry a content hash (cache for a year); everything else is revalidated every time.
    router.route("/assets/*").handler(rc -> cacheFor(rc, "public, max-age=31536000, immutable"));
    // A wildcard route hands StaticHandler the path below its prefix, hence the assets directory as root.
    router.route("/assets/*").handler(StaticHandler.create(WEBROOT + "/assets").setCachingEnabled(false));
    router.route().handler(rc -> cacheFor(rc, "no-cache"));
    router.route().handler(StaticHandler.create(WEBROOT).setCachingEnabled(false));
    if (Frontend.class.getClassLoader().getResource(WEBROOT + "/index.html") != null) {
      router.get().handler(Frontend::applicationPage);
    }
  }

  private static void applicationPage(RoutingContext rc) {
    String path = rc.normalizedPath();
    if (SERVER_PATHS.stream().anyMatch(path::startsWith)) {
      rc.next();
      return;
    }
    rc.response().putHeader("Content-Type", "text/html; charset=utf-8").sendFile(WEBROOT + "/index.html");
  }

  private static void cacheFor(RoutingContext rc, String policy) {
    rc.response().putHeader("Cache-Control", policy);
    rc.next();
  }
}
