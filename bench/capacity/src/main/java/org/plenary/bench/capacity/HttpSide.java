package org.plenary.bench.capacity;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plenary as a client sees it: tokens from the dev issuer, JSON requests; a non-2xx answer stops the run. */
final class HttpSide {

  private final HttpClient client = HttpClient.newHttpClient();
  private final String baseUrl;

  HttpSide(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  String token(String persona) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/dev-idp/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=plenary-web&username=" + persona
            + "&password=demo")).build();
    return send(request).getString("access_token");
  }

  JsonObject post(String token, String path, JsonObject body) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.encode())).build());
  }

  JsonObject get(String token, String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token).GET()
        .build());
  }

  private JsonObject send(HttpRequest request) throws Exception {
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return new JsonObject(response.body());
  }
}
