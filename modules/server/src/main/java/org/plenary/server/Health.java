package org.plenary.server;

import io.vertx.core.Vertx;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;

/**
 * {@code /health/live}: the process answers. {@code /health/ready}: the database answers and the
 * identity provider's keys are loaded, so requests can be served.
 */
final class Health {

  private Health() {
  }

  static void mount(Router router, Vertx vertx, Services services) {
    HealthChecks live = HealthChecks.create(vertx).register("process", promise -> promise.complete(Status.OK()));
    router.get("/health/live").handler(HealthCheckHandler.createWithHealthChecks(live));
    HealthChecks ready = HealthChecks.create(vertx)
        .register("database", 2000, promise -> services.pool().query("SELECT 1").execute()
            .onSuccess(rows -> promise.complete(Status.OK()))
            .onFailure(e -> promise.complete(Status.KO())))
        .register("identity", promise -> promise.complete(services.verifier().get() != null ? Status.OK() : Status.KO()));
    router.get("/health/ready").handler(HealthCheckHandler.createWithHealthChecks(ready));
  }

}
