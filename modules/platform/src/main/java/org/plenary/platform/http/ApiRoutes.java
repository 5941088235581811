package org.plenary.platform.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * How a feature module attaches its handlers to the operations of the OpenAPI document. The server
 * validates each request against the document before the handler runs.
 */
public interface ApiRoutes {

  ApiRoutes on(String operationId, Handler<RoutingContext> handler);
}
