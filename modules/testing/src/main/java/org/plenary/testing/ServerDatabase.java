package org.plenary.testing;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The test server's database, for what the API does not show: the event outbox, and when a need was posted. */
public final class ServerDatabase {

  public record Event(String type, String stream, JsonObject payload) {
  }

  private ServerDatabase() {
  }

  /** The events whose payload names {@code key} = {@code value}, oldest first. */
  public static List<Event> about(String key, String value) {
    return query("SELECT type, stream, payload::text FROM outbox_event WHERE payload ->> ? = ? ORDER BY id", key, value);
  }

  /** Makes a need look posted {@code days} earlier, as if the State had waited that long for an agreement. */
  public static void backdateNeed(String needId, int days) {
    execute("UPDATE capacity_need SET created_at = created_at - make_interval(days => ?) WHERE id = ?::uuid", days, needId);
  }

  /** Moves a ping exercise {@code days} back, so that its window has closed as if the days had passed. */
  public static void backdateExercise(String exerciseId, int days) {
    execute("UPDATE ping_exercise SET started_at = started_at - make_interval(days => ?),"
        + " deadline = deadline - make_interval(days => ?) WHERE id = ?::uuid", days, exerciseId);
  }

  /**
   * Waits (10 s at most) until the durable consumer {@code name} has handled every event committed so far: what a
   * test reads of its work (the forum's search indexing, say) is then there.
   */
  public static void awaitConsumer(String name) {
    awaitConsumer(TestServer.running().database().url(), name);
  }

  /** The same on the database at {@code databaseUrl} (a server a test started on its own database). */
  public static void awaitConsumer(String databaseUrl, String name) {
    String behind = "SELECT (SELECT coalesce(max(commit_order), 0) FROM outbox_event)"
        + " - (SELECT last_position FROM event_consumer WHERE name = ?)";
    long deadline = System.nanoTime() + 10_000_000_000L;
    try (var conn = DriverManager.getConnection(jdbcUrl(databaseUrl)); var statement = conn.prepareStatement(behind)) {
      statement.setString(1, name);
      while (true) {
        try (var rows = statement.executeQuery()) {
          rows.next();
          if (rows.getLong(1) <= 0) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the consumer " + name + " is still behind the outbox after 10 s");
        }
        Thread.sleep(20);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<Event> query(String sql, String... params) {
    try (var conn = DriverManager.getConnection(jdbcUrl()); var statement = conn.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setString(i + 1, params[i]);
      }
      List<Event> events = new ArrayList<>();
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          events.add(new Event(rows.getString(1), rows.getString(2), new JsonObject(rows.getString(3))));
        }
      }
      return events;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code sql} with each {@code ?} but the last bound to {@code days}, and the last to {@code id}. */
  private static void execute(String sql, int days, String id) {
    int marks = (int) sql.chars().filter(c -> c == '?').count();
    try (var conn = DriverManager.getConnection(jdbcUrl()); var statement = conn.prepareStatement(sql)) {
      for (int i = 1; i < marks; i++) {
        statement.setInt(i, days);
      }
      statement.setString(marks, id);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String jdbcUrl() {
    return jdbcUrl(TestServer.running().database().url());
  }

  /** {@code postgresql://user[:password]@host:port/db} as a JDBC URL. */
  public static String jdbcUrl(String databaseUrl) {
    URI uri = URI.create(databaseUrl);
    String user = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo();
    String[] credentials = user.split(":", 2);
    return "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath() + "?user=" + credentials[0]
        + (credentials.length > 1 ? "&password=" + credentials[1] : "");
  }
}
