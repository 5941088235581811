package org.plenary.server.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.runtime.PlenaryApplication;
import org.plenary.server.Contexts;
import org.plenary.testing.Api;
import org.plenary.testing.OwnPostgres;
import org.plenary.testing.RawHttp;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

/** Slow requests are held by a table lock on a PostgreSQL of the test's own; the server may take two at once. */
@DisplayName("Overload: beyond its limit of requests in flight the server answers 503 at once, and stays healthy")
class OverloadTest {

  private static OwnPostgres postgres;
  private static TestServer.Running server;
  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    postgres = OwnPostgres.start("plenary");
    server = TestServer.startOn(postgres.url("plenary"), Map.of("PLENARY_MAX_REQUESTS_IN_FLIGHT", "2"));
    api = new Api(server.baseUrl());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    postgres.close();
  }

  @Test
  @DisplayName("With two slow requests in flight a third is refused with 503 and Retry-After, while /health/live"
      + " and /metrics answer at once; once the two are answered, requests are served again")
  void shedsBeyondTheLimit() throws Exception {
    int port = URI.create(server.baseUrl()).getPort();
    try (Connection lock = postgres.connect("plenary"); RawHttp first = RawHttp.open(port);
         RawHttp second = RawHttp.open(port)) {
      lock.setAutoCommit(false);
      try (Statement statement = lock.createStatement()) {
        statement.execute("LOCK TABLE organization IN ACCESS EXCLUSIVE MODE");
      }
      first.send("/api/v1/organizations/FRA");
      second.send("/api/v1/organizations/BRA");
      awaitMetric("plenary_http_requests_in_flight", 2);

      Response refused = api.get("/topics");
      String detail = refused.expectProblem(503);
      assertEquals("1", refused.header("Retry-After"));
      assertEquals("/problems/overloaded", refused.json().getString("type"));
      assertTrue(detail.contains("as many requests as it can"), detail);

      long before = System.nanoTime();
      api.get("/health/live").expect(200);
      assertTrue(Duration.ofNanos(System.nanoTime() - before).toMillis() < 1000, "/health/live answers at once");
      assertEquals(1, metric("plenary_http_requests_shed_total"), "the refusal is counted");

      lock.commit();
      assertEquals(200, first.read().status());
      assertEquals(200, second.read().status());
    }
    api.get("/topics").expect(200);
    assertEquals(0, metric("plenary_http_requests_in_flight"));
  }

  @Test
  @DisplayName("A limit out of its bounds (1-10000) stops the server at start, saying the bounds")
  void limitOutOfBounds() {
    ExecutionException refused = assertThrows(ExecutionException.class, () -> PlenaryApplication.start(
        Map.of("PLENARY_MAX_REQUESTS_IN_FLIGHT", "0"), new Contexts()).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS));
    assertEquals("PLENARY_MAX_REQUESTS_IN_FLIGHT must be between 1 and 10000, not 0", refused.getCause().getMessage());
  }

  private static void awaitMetric(String name, double value) throws InterruptedException {
    for (int attempt = 0; attempt < 100 && metric(name) != value; attempt++) {
      Thread.sleep(50);
    }
    assertEquals(value, metric(name), name);
  }

  private static double metric(String name) {
    String metrics = api.get("/metrics").expect(200).body();
    Matcher line = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? (\\S+)$").matcher(metrics);
    return line.find() ? Double.parseDouble(line.group(2)) : Double.NaN;
  }
}
