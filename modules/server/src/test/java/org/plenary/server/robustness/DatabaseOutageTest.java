package org.plenary.server.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.database.DatabaseOutage;
import org.plenary.platform.events.DurableConsumer;
import org.plenary.platform.events.EventDispatcher;
import org.plenary.platform.http.ProblemHandler;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.LogCapture;
import org.plenary.testing.OwnPostgres;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

/** On a PostgreSQL of the test's own, which it stops and starts again: the machine's own is shared. */
@DisplayName("A database outage: 503 with Retry-After, not ready but live, and two lines in the log")
class DatabaseOutageTest {

  private static OwnPostgres postgres;
  private static TestServer.Running server;
  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    postgres = OwnPostgres.start("plenary");
    server = TestServer.startOn(postgres.url("plenary"), Map.of());
    api = new Api(server.baseUrl());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    postgres.close();
  }

  @Test
  @DisplayName("While PostgreSQL is down, reads and writes get 503 problems with Retry-After, the outage is logged"
      + " once and its end once, and afterwards everything answers again")
  void outage() throws Exception {
    Dialogue dialogue = Dialogue.on(api);
    String thread = dialogue.openThread("delegate-fra", "norms");
    Api france = api.as("delegate-fra");
    JsonObject comment = new JsonObject().put("body", "Our delegation supports the norm.").put("language", "en");

    try (LogCapture log = LogCapture.of(DatabaseOutage.class, ProblemHandler.class, EventDispatcher.class,
        DurableConsumer.class)) {
      postgres.stop();
      for (int i = 0; i < 3; i++) {
        assertUnavailable(api.get("/topics"));
        assertUnavailable(france.get("/me/notifications"));
        assertUnavailable(france.post("/threads/" + thread + "/posts", comment));
      }
      Response ready = api.get("/health/ready");
      ready.expect(503);
      assertTrue(ready.body().contains("{\"id\":\"database\",\"status\":\"DOWN\"}"), ready.body());
      long before = System.nanoTime();
      assertEquals("UP", api.get("/health/live").expect(200).json().getString("outcome"));
      assertTrue(Duration.ofNanos(System.nanoTime() - before).toMillis() < 1000, "/health/live answers at once");

      assertEquals(1, log.containing("The database is unreachable").size(), () -> String.join("\n", log.atLeast(Level.INFO)));
      assertEquals(List.of(), log.atLeast(Level.ERROR), "no request is logged as an internal error");

      postgres.resume();
      awaitReady();
      api.get("/topics").expect(200);
      france.post("/threads/" + thread + "/posts", comment).expect(201);
      awaitLine(log, "The database answers again");
      assertEquals(1, log.containing("The database is unreachable").size(), () -> String.join("\n", log.atLeast(Level.INFO)));
      assertEquals(List.of(), log.atLeast(Level.ERROR));
    }
  }

  private static void assertUnavailable(Response response) {
    String detail = response.expectProblem(503);
    assertEquals("5", response.header("Retry-After"), "Retry-After");
    assertEquals("/problems/database-unavailable", response.json().getString("type"));
    assertTrue(detail.contains("cannot reach its database"), detail);
  }

  private static void awaitReady() throws InterruptedException {
    for (int attempt = 0; attempt < 300; attempt++) {
      if (api.get("/health/ready").status() == 200) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the server did not become ready again");
  }

  private static void awaitLine(LogCapture log, String text) throws InterruptedException {
    for (int attempt = 0; attempt < 100 && log.containing(text).isEmpty(); attempt++) {
      Thread.sleep(100);
    }
    assertEquals(1, log.containing(text).size(), () -> String.join("\n", log.atLeast(Level.INFO)));
  }
}
