package org.plenary.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.micrometer.backends.BackendRegistries;
import java.util.concurrent.atomic.AtomicInteger;
import org.plenary.platform.http.ProblemHandler;
import org.plenary.platform.http.ServiceUnavailable;

/**
 * Bounds the requests this server works on at once ({@code PLENARY_MAX_REQUESTS_IN_FLIGHT}). Beyond the
 * limit a request is answered 503 with {@code Retry-After} at once, before its body is read or its token
 * checked, so that under overload latency and memory stay bounded instead of growing with a queue. Health
 * checks and metrics are never refused. A request stops counting once its response begins: an event stream
 * counts while it opens, not while it stays open. Shared by every event loop.
 */
final class InFlightLimit implements Handler<RoutingContext> {

  static final int RETRY_AFTER_SECONDS = 1;

  private final int limit;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Counter shed;

  InFlightLimit(int limit, String metricsRegistryName) {
    this.limit = limit;
    MeterRegistry registry = BackendRegistries.getNow(metricsRegistryName);
    Gauge.builder("plenary.http.requests.in.flight", inFlight, AtomicInteger::get)
        .description("Requests being worked on, of at most plenary_http_requests_limit")
        .register(registry);
    Gauge.builder("plenary.http.requests.limit", () -> limit).register(registry);
    this.shed = Counter.builder("plenary.http.requests.shed")
        .description("Requests answered 503 because the server had as many in flight as it may take")
        .register(registry);
  }

  @Override
  public void handle(RoutingContext rc) {
    if (neverShed(rc.request().path())) {
      rc.next();
      return;
    }
    if (inFlight.incrementAndGet() > limit) {
      inFlight.decrementAndGet();
      shed.increment();
      ProblemHandler.send(rc, ServiceUnavailable.overloaded(RETRY_AFTER_SECONDS));
      return;
    }
    // Both run on the request's event loop: the first of them releases the place.
    boolean[] released = {false};
    Runnable release = () -> {
      if (!released[0]) {
        released[0] = true;
        inFlight.decrementAndGet();
      }
    };
    rc.addHeadersEndHandler(v -> release.run());
    rc.addEndHandler(ended -> release.run());
    rc.next();
  }

  int inFlight() {
    return inFlight.get();
  }

  private static boolean neverShed(String path) {
    return path.startsWith("/health/") || path.equals("/metrics");
  }
}
