package org.plenary.runtime;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.plenary.platform.http.ApiProblem;
import org.plenary.platform.http.ProblemHandler;
import org.plenary.platform.idempotency.IdempotentRequests;
import org.plenary.platform.identity.BearerAuthentication;
import org.plenary.runtime.edge.RequestGate;

/** One event loop's HTTP server; several instances share the port. */
final class HttpVerticle extends VerticleBase {

  private final Services services;
  private HttpServer server;

  HttpVerticle(Services services) {
    this.services = services;
  }

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    ProblemHandler problems = new ProblemHandler(services.config().bodyLimitBytes(), services.outage());
    router.route().handler(new SecurityHeaders(services.config()));
    router.route().handler(services.draining());
    router.route().handler(services.inFlightLimit());
    router.route().handler(new RequestGate());
    Health.mount(router, vertx, services);
    router.get("/metrics").handler(PrometheusScrapingHandler.create(services.metricsRegistryName()));
    if (services.devIdentityProvider() != null) {
      router.route("/dev-idp/*").subRouter(services.devIdentityProvider().router(vertx));
    }
    router.get("/api/v1/openapi.yaml").handler(rc -> rc.response()
        .putHeader("Content-Type", "application/yaml; charset=utf-8").end(services.openApi().yaml()));
    router.get("/api/v1/openapi.json").handler(rc -> rc.response()
        .putHeader("Content-Type", "application/json").end(services.openApi().json().encodePrettily()));
    Router api = ApiRouter.create(vertx, services.contract(), services.openApi(),
        BodyHandler.create(false).setBodyLimit(services.config().bodyLimitBytes()),
        List.of(new BearerAuthentication(services.verifier()::get, services.participants())), services.modules(),
        new IdempotentRequests(services.pool()), services.files().settings());
    router.route("/api/v1/*").subRouter(api);
    router.route("/api/*").handler(rc -> rc.fail(ApiProblem.notFound("There is no API operation at " + rc.request().path() + ".")));
    Frontend.mount(router, vertx);
    router.route().failureHandler(problems);
    router.errorHandler(400, problems);
    router.errorHandler(404, problems);
    router.errorHandler(405, problems);
    router.errorHandler(500, problems);
    return vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true).setPort(services.config().httpPort()))
        .requestHandler(router)
        .listen()
        .onSuccess(listening -> server = listening);
  }

  /**
   * Stops accepting connections and closes the idle ones at once; requests in flight have the grace period to
   * finish (their responses say {@code Connection: close}, see {@link Draining}), then their connections close.
   */
  @Override
  public Future<?> stop() {
    services.draining().begin();
    services.closeEventStreams().run();
    return server == null ? Future.succeededFuture()
        : server.shutdown(services.config().shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
  }
}
