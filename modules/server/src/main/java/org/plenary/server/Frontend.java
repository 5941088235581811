package org.plenary.server;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * Serves the web application built by {@code frontend/} from the classpath, with the single-page
 * application's routes falling back to {@code index.html}.
 */
final class Frontend {

  private static final String WEBROOT = "webroot";

  private Frontend() {
  }

  static void mount(Router router, Vertx vertx) {
    router.route("/assets/*").handler(StaticHandler.create(WEBROOT).setMaxAgeSeconds(31_536_000).setCachingEnabled(true));
    router.route().handler(StaticHandler.create(WEBROOT).setCachingEnabled(false));
    if (Frontend.class.getClassLoader().getResource(WEBROOT + "/index.html") != null) {
      router.get().handler(rc -> rc.response().putHeader("Cache-Control", "no-cache").sendFile(WEBROOT + "/index.html"));
    }
  }
}
