package org.plenary.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpHeaders;

/** An HTTP response as tests see it. */
public record Response(int status, HttpHeaders headers, String body) {

  public JsonObject json() {
    return new JsonObject(body);
  }

  public JsonArray items() {
    return json().getJsonArray("items");
  }

  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** Asserts the status, showing the body when it differs. */
  public Response expect(int expected) {
    assertEquals(expected, status, () -> "unexpected status; body: " + body);
    return this;
  }

  /** Asserts a problem+json response of this status and returns its detail. */
  public String expectProblem(int expected) {
    expect(expected);
    assertEquals("application/problem+json", header("Content-Type"), "problem content type");
    return json().getString("detail");
  }
}
