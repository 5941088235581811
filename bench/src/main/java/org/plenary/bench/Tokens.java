package org.plenary.bench;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/** Real access tokens from the server's dev issuer, by the password grant, for the demo personas. */
final class Tokens {

  private final HttpClient client;

  Tokens(HttpClient client) {
    this.client = client;
  }

  Future<String> of(String persona) {
    return client.request(new RequestOptions().setMethod(HttpMethod.POST).setURI("/dev-idp/token")
            .putHeader("Content-Type", "application/x-www-form-urlencoded"))
        .compose(request -> request.send(Buffer.buffer("grant_type=password&client_id=plenary-web&username=" + persona
            + "&password=demo")))
        .compose(response -> response.body())
        .map(body -> body.toJsonObject().getString("access_token"));
  }
}
