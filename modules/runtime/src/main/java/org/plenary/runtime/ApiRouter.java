package org.plenary.runtime;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.Location;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenary.platform.files.FileSettings;
import org.plenary.platform.files.FileType;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.RetryAnswer;
import org.plenary.platform.idempotency.IdempotencyHandler;
import org.plenary.platform.idempotency.IdempotencyKey;
import org.plenary.platform.idempotency.IdempotentRequests;
import org.plenary.runtime.edge.OperationRules;
import org.plenary.runtime.edge.UploadReceiver;

/**
 * Builds the {@code /api/v1} router from the OpenAPI contract: every operation validated, then handed
 * to the module that implements it. An operation without an implementation stops the server at start,
 * so the document and the code cannot drift apart.
 */
final class ApiRouter implements ApiRoutes {

  /** The request's operation in the routing context's data, as the first root handler found it. */
  private static final String OPERATION = "plenary.operation";

  /** The router builder of each operation's first path segment. */
  private final Map<String, RouterBuilder> builders;
  private final Map<String, OperationRules> rules;
  private final IdempotentRequests idempotentRequests;
  private final Set<String> creates = new HashSet<>();
  private final Map<String, Set<FileType>> uploads;
  private final Set<String> uploadsMounted = new HashSet<>();
  private final Vertx vertx;
  private final FileSettings fileSettings;

  private ApiRouter(Vertx vertx, Map<String, RouterBuilder> builders, Map<String, OperationRules> rules,
                    IdempotentRequests idempotentRequests, Map<String, Set<FileType>> uploads, FileSettings fileSettings) {
    this.vertx = vertx;
    this.builders = builders;
    this.rules = rules;
    this.idempotentRequests = idempotentRequests;
    this.uploads = uploads;
    this.fileSettings = fileSettings;
  }

  static Future<OpenAPIContract> contract(Vertx vertx, OpenApiDocument document) {
    return OpenAPIContract.from(vertx, document.forRequestValidation()).map(ValidatorReuse::of);
  }

  /**
   * Every request passes the root handlers, its operation's array and field limits (before the schema
   * validator, whose cost they bound), the schema validation and the rest of that operation's
   * {@link OperationRules}, and only then its handler. (The {@code RequestGate} has checked its address
   * before.) The body is read whole by {@code body} first, except for the operations whose body is a file: their
   * request is paused there, unread, until their {@link UploadReceiver} streams it.
   */
  static Router create(Vertx vertx, OpenAPIContract contract, OpenApiDocument document, BodyHandler body,
                       List<Handler<RoutingContext>> rootHandlers, List<ApiModule> modules,
                       IdempotentRequests idempotentRequests, FileSettings fileSettings) {
    Map<String, Set<FileType>> uploads = document.uploads();
    Map<String, OperationRules> rules = OperationRules.of(document.json());
    Handler<RoutingContext> bodyOrUpload = rc -> {
      // found once a request (the contract's path finder is a tenth of a kept page's cost): the bounds check reuses it
      Operation operation = contract.findOperation(rc.request().path(), rc.request().method());
      if (operation != null) {
        rc.put(OPERATION, operation);
      }
      if (operation != null && uploads.containsKey(operation.getOperationId())) {
        // Read from here on, before anything asynchronous (the token check) runs, so that no byte is lost.
        UploadReceiver.begin(vertx, rc, uploads.get(operation.getOperationId()), fileSettings);
      } else {
        body.handle(rc);
      }
    };
    Handler<RoutingContext> bounds = failingOnThrow(rc -> {
      Operation operation = rc.get(OPERATION);
      if (operation != null) {
        rules.get(operation.getOperationId()).checkBounds(rc);
      }
      rc.next();
    });
    Map<String, RouterBuilder> bySegment = new HashMap<>();
    Map<String, RouterBuilder> byOperation = new HashMap<>();
    for (String segment : SegmentContract.segments(contract)) {
      SegmentContract segmentContract = new SegmentContract(contract, segment);
      RouterBuilder builder = RouterBuilder.create(vertx, segmentContract, RequestExtractor.withBodyHandler());
      builder.rootHandler(bodyOrUpload);
      rootHandlers.forEach(builder::rootHandler);
      builder.rootHandler(bounds);
      bySegment.put(segment, builder);
      segmentContract.operations().forEach(operation -> byOperation.put(operation.getOperationId(), builder));
    }
    ApiRouter routes = new ApiRouter(vertx, byOperation, rules, idempotentRequests, uploads, fileSettings);
    modules.forEach(module -> module.mount(routes));
    Map<String, Router> routers = new HashMap<>();
    bySegment.forEach((segment, builder) -> {
      for (OpenAPIRoute route : builder.getRoutes()) {
        if (route.getHandlers().isEmpty()) {
          throw new IllegalStateException("no handler implements the operation " + route.getOperation().getOperationId());
        }
        routes.requireRetryAnswer(route.getOperation());
        routes.requireUploadEdge(route.getOperation());
      }
      routers.put(segment, builder.createRouter());
    });
    // A path of no segment still has its caller known, for the 404 in their language
    Router noSegment = Router.router(vertx);
    noSegment.route().handler(bodyOrUpload);
    rootHandlers.forEach(handler -> noSegment.route().handler(handler));
    return SegmentDispatch.router(vertx, routers, noSegment);
  }

  private OpenAPIRoute route(String operationId) {
    RouterBuilder builder = builders.get(operationId);
    return builder == null ? null : builder.getRoute(operationId);
  }

  @Override
  public ApiRoutes on(String operationId, Handler<RoutingContext> handler) {
    return mount(operationId, null, handler);
  }

  @Override
  public ApiRoutes onUpload(String operationId, Handler<RoutingContext> handler) {
    return mount(operationId, uploadEdge(operationId), null, handler);
  }

  /** The file is received (and refused if it must be) before the key is checked: its digest is in the fingerprint. */
  @Override
  public ApiRoutes onUpload(String operationId, Handler<RoutingContext> handler, RetryAnswer retried) {
    OpenAPIRoute route = route(operationId);
    if (route == null || !takesIdempotencyKey(route.getOperation())) {
      throw new IllegalStateException("the OpenAPI document declares no Idempotency-Key header for " + operationId);
    }
    creates.add(operationId);
    Handler<RoutingContext> edge = uploadEdge(operationId);
    Handler<RoutingContext> idempotency = new IdempotencyHandler(idempotentRequests, retried);
    return mount(operationId, edge, idempotency, handler);
  }

  private Handler<RoutingContext> uploadEdge(String operationId) {
    Set<FileType> types = uploads.get(operationId);
    OpenAPIRoute route = route(operationId);
    if (types == null || route == null) {
      throw new IllegalStateException("the operation " + operationId + " takes no file: its requestBody.content must name"
          + " only application/pdf, the DOCX and the ODT media types");
    }
    boolean named = route.getOperation().getParameters().stream().anyMatch(parameter -> parameter.getIn() == Location.QUERY
        && parameter.getName().equals("filename") && parameter.isRequired());
    if (!named) {
      throw new IllegalStateException("the upload " + operationId + " must declare the required query parameter filename");
    }
    uploadsMounted.add(operationId);
    return new UploadReceiver();
  }

  /** Mounted otherwise, an upload's paused request would wait for a reader that never comes. */
  private void requireUploadEdge(Operation operation) {
    if (uploads.containsKey(operation.getOperationId()) && !uploadsMounted.contains(operation.getOperationId())) {
      throw new IllegalStateException("the operation " + operation.getOperationId() + " takes a file but is mounted"
          + " without its upload edge (ApiRoutes.onUpload)");
    }
  }

  /**
   * The operation's rules, then (for a create) its idempotency check, then its handler. Authentication runs
   * for every request as a root handler; each handler authorizes its caller.
   */
  private ApiRoutes mount(String operationId, Handler<RoutingContext> idempotency, Handler<RoutingContext> handler) {
    return mount(operationId, null, idempotency, handler);
  }

  private ApiRoutes mount(String operationId, Handler<RoutingContext> upload, Handler<RoutingContext> idempotency,
                          Handler<RoutingContext> handler) {
    OpenAPIRoute route = route(operationId);
    if (route == null) {
      throw new IllegalStateException("the OpenAPI document has no operation " + operationId);
    }
    route.setDoSecurity(false).addHandler(failingOnThrow(rules.get(operationId)));
    if (upload != null) {
      route.addHandler(failingOnThrow(upload));
    }
    if (idempotency != null) {
      route.addHandler(idempotency);
    }
    route.addHandler(failingOnThrow(handler));
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

  /** The idempotency check runs before the handler, once the caller is known and the request checked. */
  @Override
  public ApiRoutes onCreate(String operationId, Handler<RoutingContext> handler, RetryAnswer retried) {
    OpenAPIRoute route = route(operationId);
    if (route == null || !takesIdempotencyKey(route.getOperation())) {
      throw new IllegalStateException("the OpenAPI document declares no Idempotency-Key header for " + operationId);
    }
    creates.add(operationId);
    return mount(operationId, new IdempotencyHandler(idempotentRequests, retried), handler);
  }

  /** An operation that declares the header but cannot answer a retry would promise what it cannot keep. */
  private void requireRetryAnswer(Operation operation) {
    if (takesIdempotencyKey(operation) && !creates.contains(operation.getOperationId())) {
      throw new IllegalStateException("the operation " + operation.getOperationId() + " takes an Idempotency-Key"
          + " but is mounted without an answer for retries (ApiRoutes.onCreate)");
    }
  }

  private static boolean takesIdempotencyKey(Operation operation) {
    return operation.getParameters().stream().anyMatch(parameter -> parameter.getIn() == Location.HEADER
        && IdempotencyKey.HEADER.equalsIgnoreCase(parameter.getName()));
  }
}
