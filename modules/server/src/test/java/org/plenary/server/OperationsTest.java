package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Operations: health, metrics, the API description")
class OperationsTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("/health/live and /health/ready answer UP, ready checking the database and the issuer")
  void health() {
    assertEquals("UP", api.get("/health/live").expect(200).json().getString("outcome"));
    JsonObject ready = api.get("/health/ready").expect(200).json();
    assertEquals("UP", ready.getString("outcome"));
    assertTrue(ready.encode().contains("database"), ready.encode());
  }

  @Test
  @DisplayName("/metrics is Prometheus text with HTTP server and JVM metrics")
  void metrics() {
    api.get("/organizations/FRA").expect(200);
    String metrics = api.get("/metrics").expect(200).body();
    assertTrue(metrics.contains("vertx_http_server_requests_total"), "HTTP metrics");
    assertTrue(metrics.contains("jvm_memory_used_bytes"), "JVM metrics");
  }

  @Test
  @DisplayName("The OpenAPI 3.1 document is served as YAML and JSON, with every operation")
  void openApi() {
    String yaml = api.get("/api/v1/openapi.yaml").expect(200).body();
    assertTrue(yaml.startsWith("openapi: 3.1.0"), yaml.substring(0, 40));
    JsonObject json = api.get("/api/v1/openapi.json").expect(200).json();
    assertTrue(json.getJsonObject("paths").containsKey("/organizations"));
    assertEquals(api.baseUrl() + "/api/v1", json.getJsonArray("servers").getJsonObject(0).getString("url"));
  }

  @Test
  @DisplayName("Pages carry a Content-Security-Policy that allows only this server's scripts")
  void contentSecurityPolicy() {
    String policy = api.get("/health/live").header("Content-Security-Policy");
    assertTrue(policy.contains("script-src 'self'"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
  }

  @Test
  @DisplayName("Every request body schema refuses unknown fields")
  void requestBodiesAreClosed() {
    JsonObject document = api.get("/api/v1/openapi.json").expect(200).json();
    OpenApiRules.requestBodySchemas(document).forEach((operation, schema) ->
        OpenApiRules.assertClosed(document, schema, operation));
  }
}
