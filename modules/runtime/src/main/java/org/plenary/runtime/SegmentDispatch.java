package org.plenary.runtime;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/** The API's routers, one per first path segment of the contract ({@link ApiRouter}, {@link SegmentContract}). */
final class SegmentDispatch {

  private SegmentDispatch() {
  }

  /**
   * One router per first path segment, and a request handed to its segment's router alone, as a sub-router is: with
   * one router of every operation, each request tried the path patterns of up to 198 routes before its own, a quarter
   * of the server's CPU for a kept thread page (JFR, docs/PERFORMANCE.md). A request for no segment of the contract
   * goes to {@code noSegment} (the root handlers alone: the caller is known) and on to the next route, the API's 404.
   */
  static Router router(Vertx vertx, Map<String, Router> routers, Router noSegment) {
    Router api = Router.router(vertx);
    api.route("/*")
        .handler(rc -> routers.getOrDefault(segmentOf(rc), noSegment).handleContext(rc))
        .failureHandler(rc -> routers.getOrDefault(segmentOf(rc), noSegment).handleFailure(rc));
    return api;
  }

  /** The request's first path segment below the API's mount point ({@code threads} for /api/v1/threads/…). */
  private static String segmentOf(RoutingContext rc) {
    String path = rc.normalizedPath();
    String mount = rc.mountPoint() == null ? "" : rc.mountPoint();
    return path.length() <= mount.length() ? "" : SegmentContract.segmentOf(path.substring(mount.length()));
  }

}
