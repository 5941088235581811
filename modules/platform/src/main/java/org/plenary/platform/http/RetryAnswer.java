package org.plenary.platform.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/**
 * How a create answers a retry (same Idempotency-Key, same request) whose first attempt committed but
 * whose answer was never stored, the connection or the read-back having failed: it shows the caller the
 * resource that was made, as the first answer would have.
 */
@FunctionalInterface
public interface RetryAnswer {

  Future<Created> answer(RoutingContext rc, Made made);
}
