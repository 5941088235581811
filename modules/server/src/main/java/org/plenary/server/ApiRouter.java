package org.plenary.server;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import java.util.List;
import java.util.Map;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.server.edge.OperationRules;

/**
 * Builds the {@code /api/v1} router from the OpenAPI contract: every operation validated, then handed
 * to the module that implements it. An operation without an implementation stops the server at start,
 * so the document and the code cannot drift apart.
 */
final class ApiRouter implements ApiRoutes {

  private final RouterBuilder builder;
  private final Map<String, OperationRules> rules;

  private ApiRouter(RouterBuilder builder, Map<String, OperationRules> rules) {
    this.builder = builder;
    this.rules = rules;
  }

  static Future<OpenAPIContract> contract(Vertx vertx, OpenApiDocument document) {
    return OpenAPIContract.from(vertx, document.forRequestValidation()).map(ValidatorReuse::of);
  }

  /**
   * Every request passes the root handlers, its operation's array and field limits (before the schema
   * validator, whose cost they bound), the schema validation and the rest of that operation's
   * {@link OperationRules}, and only then its handler. (The {@code RequestGate} has checked its address
   * before.)
   */
  static Router create(Vertx vertx, OpenAPIContract contract, OpenApiDocument document,
                       List<Handler<RoutingContext>> rootHandlers, List<ApiModule> modules) {
    RouterBuilder builder = RouterBuilder.create(vertx, contract, RequestExtractor.withBodyHandler());
    rootHandlers.forEach(builder::rootHandler);
    ApiRouter routes = new ApiRouter(builder, OperationRules.of(document.json()));
    builder.rootHandler(failingOnThrow(rc -> {
      Operation operation = contract.findOperation(rc.request().path(), rc.request().method());
      if (operation != null) {
        routes.rules.get(operation.getOperationId()).checkBounds(rc);
      }
      rc.next();
    }));
    modules.forEach(module -> module.mount(routes));
    for (OpenAPIRoute route : builder.getRoutes()) {
      if (route.getHandlers().isEmpty()) {
        throw new IllegalStateException("no handler implements the operation " + route.getOperation().getOperationId());
      }
    }
    return builder.createRouter();
  }

  @Override
  public ApiRoutes on(String operationId, Handler<RoutingContext> handler) {
    OpenAPIRoute route = builder.getRoute(operationId);
    if (route == null) {
      throw new IllegalStateException("the OpenAPI document has no operation " + operationId);
    }
    // Authentication runs for every request as a root handler; each handler authorizes its caller.
    route.setDoSecurity(false).addHandler(failingOnThrow(rules.get(operationId))).addHandler(failingOnThrow(handler));
    return this;
  }

  private static Handler<RoutingContext> failingOnThrow(Handler<RoutingContext> handler) {
    return rc -> {
      try {
        handler.handle(rc);
      } catch (RuntimeException failure) {
        rc.fail(failure);
      }
    };
  }
}
