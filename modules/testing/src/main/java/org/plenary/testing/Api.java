package org.plenary.testing;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A plain HTTP client for tests: requests as a persona (real tokens from the dev issuer) or anonymous. */
public final class Api {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private final String baseUrl;
  private final String token;
  private final Map<String, String> headers;

  public Api(String baseUrl) {
    this(baseUrl, null, Map.of());
  }

  private Api(String baseUrl, String token, Map<String, String> headers) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.headers = headers;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** The same client acting as a demo persona, signed in with the password grant. */
  public Api as(String persona) {
    return withToken(TOKENS.computeIfAbsent(baseUrl + "|" + persona, key -> passwordGrant(persona)));
  }

  public Api withToken(String bearer) {
    return new Api(baseUrl, bearer, headers);
  }

  public Api anonymous() {
    return new Api(baseUrl, null, headers);
  }

  /** The same client sending one more header with each request, for example an Idempotency-Key. */
  public Api withHeader(String name, String value) {
    Map<String, String> more = new java.util.HashMap<>(headers);
    more.put(name, value);
    return new Api(baseUrl, token, Map.copyOf(more));
  }

  public String passwordGrant(String persona) {
    Response tokens = form("/dev-idp/token", Map.of("grant_type", "password", "client_id", "plenary-web",
        "username", persona, "password", "demo"));
    tokens.expect(200);
    return tokens.json().getString("access_token");
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** A POST without a body, for operations whose contract describes none (a body there is a 400). */
  public Response post(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** A PUT without a body, for operations whose contract describes none. */
  public Response put(String path) {
    return send(request(path).PUT(HttpRequest.BodyPublishers.noBody()));
  }

  public Response post(String path, JsonObject body) {
    return post(path, body.encode());
  }

  public Response post(String path, String rawJson) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(rawJson)));
  }

  public Response put(String path, JsonObject body) {
    return put(path, body.encode());
  }

  public Response put(String path, String rawJson) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(rawJson)));
  }

  public Response patch(String path, JsonObject body) {
    return send(request(path).header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(body.encode())));
  }

  /**
   * A file upload as the file operations take it: the bytes are the body, {@code mediaType} its Content-Type, the
   * file name in the {@code filename} query parameter (appended to {@code path}, encoded; null leaves it out).
   */
  public Response upload(String path, String mediaType, String filename, byte[] bytes) {
    String target = filename == null ? path : path + (path.contains("?") ? "&" : "?") + "filename="
        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    return send(request(target).header("Content-Type", mediaType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
  }

  /** A download: the answer's bytes as they came. */
  public Downloaded download(String path) {
    try {
      HttpResponse<byte[]> response = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Downloaded(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer whose body is bytes (a file), not text. */
  public record Downloaded(int status, java.net.http.HttpHeaders headers, byte[] body) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  public Response form(String path, Map<String, String> fields) {
    StringBuilder encoded = new StringBuilder();
    fields.forEach((k, v) -> encoded.append(encoded.length() == 0 ? "" : "&")
        .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encoded.toString())));
  }

  /** Opens a server-sent event stream as this client, resuming after {@code lastEventId} if not null. */
  public EventStream follow(String path, String lastEventId) {
    Map<String, String> headers = new java.util.HashMap<>();
    if (token != null) {
      headers.put("Authorization", "Bearer " + token);
    }
    if (lastEventId != null) {
      headers.put("Last-Event-ID", lastEventId);
    }
    return EventStream.open(url(path), headers);
  }

  private String url(String path) {
    return path.startsWith("http") ? path : baseUrl + (path.startsWith("/api") || path.startsWith("/dev-idp")
        || path.startsWith("/health") || path.startsWith("/metrics") ? path : "/api/v1" + path);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    headers.forEach(builder::header);
    return builder;
  }

  private static Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void awaitReady(String baseUrl) throws InterruptedException {
    Api api = new Api(baseUrl);
    for (int attempt = 0; attempt < 200; attempt++) {
      try {
        if (api.get("/health/ready").status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(baseUrl + " never became ready");
  }
}
