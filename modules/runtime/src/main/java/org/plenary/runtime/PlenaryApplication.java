package org.plenary.runtime;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.plenary.platform.config.PlenaryConfig;

/** A running Plenary: one Vert.x instance with its verticles. Used by the server's main and by the tests. */
public final class PlenaryApplication {

  private final Vertx vertx;
  private final PlenaryConfig config;
  private final PlenaryVerticle verticle;
  private final String deployment;

  private PlenaryApplication(Vertx vertx, PlenaryConfig config, PlenaryVerticle verticle, String deployment) {
    this.vertx = vertx;
    this.config = config;
    this.verticle = verticle;
    this.deployment = deployment;
  }

  /** Starts the contexts of {@code assembly} with the settings of {@code env} (README.md lists them). */
  public static Future<PlenaryApplication> start(Map<String, String> env, ContextAssembly assembly) {
    PlenaryConfig config;
    try {
      config = PlenaryConfig.fromEnvironment(env);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    String registry = "plenary-" + UUID.randomUUID();
    Vertx vertx = Vertx.builder()
        .with(new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions()
            .setEnabled(true)
            .setJvmMetricsEnabled(true)
            .setRegistryName(registry)
            // Histogram buckets for the latency percentiles of dashboards and alerts (docs/OPERATIONS.md).
            .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true).setPublishQuantiles(true))))
        .withMetrics(new MicrometerMetricsFactory())
        .build();
    // Completed outside Vert.x: a failed start closes Vert.x, whose threads can then no longer deliver it.
    CompletableFuture<PlenaryApplication> started = new CompletableFuture<>();
    PlenaryVerticle verticle = new PlenaryVerticle(config, env, registry, assembly);
    vertx.deployVerticle(verticle).onComplete(deployment -> {
      if (deployment.succeeded()) {
        started.complete(new PlenaryApplication(vertx, config, verticle, deployment.result()));
      } else {
        vertx.close().onComplete(closed -> started.completeExceptionally(deployment.cause()));
      }
    });
    return Future.fromCompletionStage(started);
  }

  public PlenaryConfig config() {
    return config;
  }

  public Vertx vertx() {
    return vertx;
  }

  /**
   * Stops taking requests and lets those in flight finish within the grace period; then stops the background
   * work and closes the database (cancelling the queries of requests that outlived the grace period), each step
   * in its turn, before Vert.x closes whatever is left.
   */
  public Future<Void> stop() {
    // Completed outside Vert.x, as starting is: once closed, its event loops can no longer deliver anything.
    CompletableFuture<Void> stopped = new CompletableFuture<>();
    verticle.stopTakingRequests()
        .eventually(() -> vertx.undeploy(deployment))
        .onComplete(steps -> vertx.close().onComplete(closed -> stopped.complete(null)));
    return Future.fromCompletionStage(stopped);
  }
}
