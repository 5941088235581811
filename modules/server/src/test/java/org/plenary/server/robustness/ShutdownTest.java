package org.plenary.server.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.OwnPostgres;
import org.plenary.testing.RawHttp;
import org.plenary.testing.TestServer;

/**
 * A slow request is one whose query waits for a table lock the test holds, on a PostgreSQL of the test's own;
 * each test stops a server of its own, as SIGTERM does (Main's shutdown hook calls the same stop).
 */
@DisplayName("Shutdown: requests in flight finish with Connection: close, within the grace period")
class ShutdownTest {

  private static final String SLOW = "/api/v1/organizations/FRA";
  private static OwnPostgres postgres;

  @BeforeAll
  static void start() throws Exception {
    postgres = OwnPostgres.start("plenary");
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @Test
  @DisplayName("A keep-alive client's request in flight at shutdown is answered, told Connection: close, and"
      + " the connection closes cleanly; new connections are refused")
  void inFlightRequestFinishesWithConnectionClose() throws Exception {
    TestServer.Running server = TestServer.startOn(postgres.url("plenary"),
        Map.of("PLENARY_SHUTDOWN_GRACE_SECONDS", "10"));
    int port = URI.create(server.baseUrl()).getPort();
    try (Connection lock = postgres.connect("plenary"); RawHttp client = RawHttp.open(port)) {
      RawHttp.Reply warmUp = client.get("/health/live");
      assertEquals(200, warmUp.status());
      assertEquals(null, warmUp.header("connection"), "an ordinary response keeps the connection open");

      holdOrganizationsLock(lock);
      client.send(SLOW);
      awaitWaitingQueries(1);
      CompletableFuture<Void> stopping = server.app().stop().toCompletionStage().toCompletableFuture();
      Thread.sleep(300);
      assertFalse(stopping.isDone(), "the server waits for the request in flight");
      assertThrows(ConnectException.class, () -> new Socket("localhost", port).close(), "no new connections");

      lock.commit();
      RawHttp.Reply reply = client.read();
      assertEquals(200, reply.status(), reply.body());
      assertEquals("close", reply.header("connection"), "the keep-alive client is told to close");
      assertTrue(client.closedByServer(), "the server closes the connection after the response");
      stopping.get(5, TimeUnit.SECONDS);
    }
  }

  @Test
  @DisplayName("A request that outlives the 2 s grace period does not hold the server: it stops after 2 s and"
      + " a moment, and the request's query is cancelled")
  void stopsWithinTheGracePeriod() throws Exception {
    TestServer.Running server = TestServer.startOn(postgres.url("plenary"),
        Map.of("PLENARY_SHUTDOWN_GRACE_SECONDS", "2"));
    int port = URI.create(server.baseUrl()).getPort();
    try (Connection lock = postgres.connect("plenary"); RawHttp client = RawHttp.open(port)) {
      holdOrganizationsLock(lock);
      client.send(SLOW);
      awaitWaitingQueries(1);
      long started = System.nanoTime();
      server.app().stop().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      assertTrue(tookMs >= 1900 && tookMs < 3500, "stopped after " + tookMs + " ms");
      assertTrue(client.closedByServer(), "the connection of the request that outlived the grace period is closed");
      awaitWaitingQueries(0);
      lock.commit();
    }
  }

  private static void holdOrganizationsLock(Connection connection) throws Exception {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("LOCK TABLE organization IN ACCESS EXCLUSIVE MODE");
    }
  }

  /** Waits until exactly {@code count} queries of the servers wait for a lock. */
  private static void awaitWaitingQueries(int count) throws Exception {
    try (Connection connection = postgres.connect("postgres"); Statement statement = connection.createStatement()) {
      for (int attempt = 0; attempt < 100; attempt++) {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
            + " WHERE datname = 'plenary' AND wait_event_type = 'Lock'")) {
          rows.next();
          if (rows.getInt(1) == count) {
            return;
          }
        }
        Thread.sleep(50);
      }
    }
    throw new AssertionError("never " + count + " queries waiting for the lock");
  }
}
