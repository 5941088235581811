package org.plenary.bench;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.RequestOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A reader that keeps what it was sent, as a browser does with {@code Cache-Control: no-cache}: each request names
 * the ETag last received for its URI in {@code If-None-Match}, so an unchanged page is answered 304 with no body.
 * Readers share the ETags they learn (one cache for the whole client: the first answer for a URI is a 200, every
 * later one a 304 until the page changes).
 */
final class Revalidating implements LoadClient.Scenario {
  private final Supplier<RequestOptions> requests;
  private final Map<String, String> etags = new ConcurrentHashMap<>();

  Revalidating(Supplier<RequestOptions> requests) {
    this.requests = requests;
  }

  @Override
  public RequestOptions next() {
    RequestOptions request = requests.get();
    String etag = etags.get(request.getURI());
    return etag == null ? request : request.putHeader(HttpHeaders.IF_NONE_MATCH, etag);
  }

  @Override
  public Future<LoadClient.Outcome> send(HttpClient client) {
    RequestOptions request = next();
    return client.request(request).compose(sent -> sent.send()).compose(response -> response.body().map(body -> {
      String etag = response.getHeader(HttpHeaders.ETAG);
      if (etag != null) {
        etags.put(request.getURI(), etag);
      }
      return new LoadClient.Outcome(response.statusCode(),
          response.statusCode() == 503 ? response.getHeader("Retry-After") : null);
    }));
  }
}
