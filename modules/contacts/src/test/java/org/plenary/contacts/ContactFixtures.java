package org.plenary.contacts;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.plenary.testing.Api;
import org.plenary.testing.Response;
import org.plenary.testing.ServerDatabase;
import org.plenary.testing.TestServer;

/** Points of contact and exercises as the tests make them, and the database for what the API does not show. */
final class ContactFixtures {

  private final Api api;

  ContactFixtures(Api api) {
    this.api = api;
  }

  static JsonObject contact(String kind, String name, String email) {
    return new JsonObject().put("kind", kind).put("name", name).put("function", "Head of " + kind + " liaison")
        .put("email", email).put("phone", "+33 1 00 00 00 00").put("workingHours", "Mon-Fri 09:00-18:00; 24/7 for incidents")
        .put("languages", new JsonArray().add("en").add("fr"));
  }

  static JsonObject save(int baseVersion, boolean membersMayRead, JsonObject... contacts) {
    return new JsonObject().put("baseVersion", baseVersion).put("membersMayRead", membersMayRead)
        .put("contacts", new JsonArray(List.of((Object[]) contacts)));
  }

  /** The State's delegate nominates one technical point of contact, from whatever version is there. */
  void nominate(String stateId) {
    Api delegate = api.as("delegate-" + stateId.toLowerCase());
    int version = delegate.get("/contacts/" + stateId).expect(200).json().getInteger("version");
    delegate.put("/contacts/" + stateId, save(version, false,
        contact("technical", "CERT of " + stateId, "cert@" + stateId.toLowerCase() + ".example"))).expect(200);
  }

  /** The Secretariat pings {@code states} with a window of a day; says the exercise's id. */
  String exercise(String... states) {
    return api.as("secretariat").post("/contacts/exercises", new JsonObject()
        .put("states", new JsonArray(List.of((Object[]) states))).put("windowHours", 24)).expect(201).json()
        .getString("id");
  }

  /** The one-time links the exercise sent to {@code stateId}'s contacts, as the notifications carry them. */
  static List<String> tokens(String exerciseId, String stateId) {
    return ServerDatabase.about("exerciseId", exerciseId).stream()
        .filter(e -> e.type().equals("contacts.ping-sent") && e.payload().getString("stateId").equals(stateId))
        .map(e -> {
          String url = e.payload().getString("acknowledgeUrl");
          return url.substring(url.lastIndexOf('/') + 1);
        }).toList();
  }

  Response acknowledge(String token) {
    return api.anonymous().post("/contacts/acknowledgements/" + token);
  }

  /** Moves the exercise, and the answers it had, two days back: its window of a day has closed. */
  static void closeWindow(String exerciseId) {
    moveBack(exerciseId, 2);
  }

  /** Moves the exercise, and the answers it had, {@code days} back. */
  static void moveBack(String exerciseId, int days) {
    try (var conn = DriverManager.getConnection(jdbcUrl()); var exercise = conn.prepareStatement(
        "UPDATE ping_exercise SET started_at = started_at - make_interval(days => ?),"
            + " deadline = deadline - make_interval(days => ?) WHERE id = ?::uuid");
         var answers = conn.prepareStatement("UPDATE ping SET acknowledged_at ="
            + " acknowledged_at - make_interval(days => ?) WHERE exercise_id = ?::uuid")) {
      exercise.setInt(1, days);
      exercise.setInt(2, days);
      exercise.setString(3, exerciseId);
      if (exercise.executeUpdate() != 1) {
        throw new IllegalStateException("no exercise " + exerciseId);
      }
      answers.setInt(1, days);
      answers.setString(2, exerciseId);
      answers.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many audit entries name {@code subjectType} {@code subjectId}. */
  static int audited(String subjectType, String subjectId) {
    try (var conn = DriverManager.getConnection(jdbcUrl()); var statement = conn.prepareStatement(
        "SELECT count(*) FROM audit_entry WHERE subject_type = ? AND subject_id = ?")) {
      statement.setString(1, subjectType);
      statement.setString(2, subjectId);
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many audit entries of {@code action} name the exercise in their details. */
  static int auditedAbout(String action, String exerciseId) {
    try (var conn = DriverManager.getConnection(jdbcUrl()); var statement = conn.prepareStatement(
        "SELECT count(*) FROM audit_entry WHERE action = ? AND details ->> 'exerciseId' = ?")) {
      statement.setString(1, action);
      statement.setString(2, exerciseId);
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
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
