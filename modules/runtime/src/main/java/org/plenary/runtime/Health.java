package org.plenary.runtime;

import io.vertx.core.Vertx;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;

/**
 * {@code /health/live}: the process answers (whatever the database does; never shed under load).
 * {@code /health/ready}: the database answers, the identity provider's keys are loaded and the server is not
 * stopping, so requests can be served. A failed database check counts as an outage when it is one.
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
            .onFailure(e -> {
              services.outage().report(e);
              promise.complete(Status.KO());
            }))
        .register("identity", promise -> promise.complete(services.verifier().get() != null ? Status.OK() : Status.KO()))
        .register("accepting", promise -> promise.complete(services.draining().draining() ? Status.KO() : Status.OK()));
    router.get("/health/ready").handler(HealthCheckHandler.createWithHealthChecks(ready));
  }

}
