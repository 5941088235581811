package org.plenary.platform.module;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import org.plenary.platform.http.ApiModule;

/**
 * A bounded context as the server assembles it: its part of the API and the work it does in the background.
 * The server mounts every module's APIs, starts the modules in order once its event dispatcher runs (before it
 * takes requests), and stops them in the reverse order; adding a context means adding it to that list.
 */
public interface PlenaryModule {

  /** The context's operations and their part of the OpenAPI document. */
  List<ApiModule> apis();

  /** Starts its background work (event consumers, timers). */
  default Future<Void> start(Vertx vertx) {
    return Future.succeededFuture();
  }

  /** Stops its background work; the database is still open. */
  default Future<Void> stop(Vertx vertx) {
    return Future.succeededFuture();
  }
}
