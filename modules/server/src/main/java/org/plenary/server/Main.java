package org.plenary.server;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Plenary from environment variables (README.md lists them) and stops it gracefully on SIGTERM. */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {
  }

  public static void main(String[] args) throws Exception {
    PlenaryApplication app;
    try {
      app = PlenaryApplication.start(System.getenv()).toCompletionStage().toCompletableFuture().get();
    } catch (Exception e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      LOG.error("Plenary did not start: {}", cause.getMessage(), cause);
      System.exit(1);
      return;
    }
    long graceSeconds = app.config().shutdownGrace().toSeconds() + 10;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("Shutting down");
      try {
        app.stop().toCompletionStage().toCompletableFuture().get(graceSeconds, TimeUnit.SECONDS);
      } catch (Exception e) {
        LOG.warn("Shutdown did not complete cleanly", e);
      }
    }, "plenary-shutdown"));
  }
}
