package org.plenary.server;

import java.util.concurrent.TimeUnit;
import org.plenary.runtime.PlenaryApplication;
import java.util.concurrent.TimeoutException;
import org.plenary.platform.config.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Plenary from environment variables (README.md lists them) and stops it gracefully on SIGTERM. */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);
  private static final long STOP_MARGIN_MS = 3_000;

  private Main() {
  }

  public static void main(String[] args) throws Exception {
    PlenaryApplication app;
    try {
      app = PlenaryApplication.start(System.getenv(), new Contexts()).toCompletionStage().toCompletableFuture().get();
    } catch (Exception e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof ConfigurationException) {
        // The message says which variable to fix; a stack trace would only bury it.
        LOG.error("Plenary did not start: {}", cause.getMessage());
      } else {
        LOG.error("Plenary did not start: {}", cause.getMessage(), cause);
      }
      System.exit(1);
      return;
    }
    // Stopping takes the grace period at most, and about a second after it to close the database; the margin
    // only bounds a stop that hangs, so that the process exits all the same.
    long boundMillis = app.config().shutdownGrace().toMillis() + STOP_MARGIN_MS;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("Shutting down");
      try {
        app.stop().toCompletionStage().toCompletableFuture().get(boundMillis, TimeUnit.MILLISECONDS);
        LOG.info("Stopped");
      } catch (TimeoutException e) {
        LOG.warn("Shutdown did not complete within {} ms; exiting", boundMillis);
      } catch (Exception e) {
        LOG.warn("Shutdown did not complete cleanly", e);
      }
    }, "plenary-shutdown"));
  }
}
