package org.plenary.platform.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * How a feature module attaches its handlers to the operations of the OpenAPI document. The server
 * validates each request against the document before the handler runs.
 */
public interface ApiRoutes {

  ApiRoutes on(String operationId, Handler<RoutingContext> handler);

  /**
   * An operation that creates a resource and so takes an {@code Idempotency-Key} (the contract declares the
   * header): the server answers a repeated request from its record, and {@code retried} shows the resource
   * to a retry whose first attempt committed but whose answer was lost.
   */
  ApiRoutes onCreate(String operationId, Handler<RoutingContext> handler, RetryAnswer retried);
}
