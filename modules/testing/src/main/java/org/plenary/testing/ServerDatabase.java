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
    URI uri = URI.create(TestServer.running().database().url());
    String user = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo();
    String[] credentials = user.split(":", 2);
    return "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath() + "?user=" + credentials[0]
        + (credentials.length > 1 ? "&password=" + credentials[1] : "");
  }
}
