package org.plenary.documents;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.plenary.testing.Api;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

/** Sessions with agendas, documents and written inputs, made through the API as their users make them. */
final class DocumentFixtures {

  private final Api api;

  DocumentFixtures(Api api) {
    this.api = api;
  }

  /** A session of the Global Mechanism with an agenda of {@code items} items; returns its JSON with "agenda". */
  JsonObject session(String kind, int items) {
    return session(kind, items, "states-and-stakeholders");
  }

  /** The same, for an audience ({@code states} or {@code states-and-stakeholders}). */
  JsonObject session(String kind, int items, String audience) {
    JsonObject session = api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/sessions", new JsonObject().put("kind", kind)
            .put("title", "Session of the Global Mechanism " + System.nanoTime()).put("number", 1)
            .put("opensOn", "2026-03-23").put("closesOn", "2026-03-27").put("venue", "Conference Room 1, New York")
            .put("timeZone", "America/New_York").put("audience", audience))
        .expect(201).json();
    JsonArray agenda = new JsonArray();
    for (int i = 1; i <= items; i++) {
      agenda.add(new JsonObject().put("title", "Agenda item " + i));
    }
    JsonObject set = api.as("secretariat").put("/sessions/" + session.getString("id") + "/agenda",
        new JsonObject().put("items", agenda)).expect(200).json();
    return session.put("agenda", set);
  }

  static String agendaItem(JsonObject session, int index) {
    return session.getJsonObject("agenda").getJsonArray("items").getJsonObject(index).getString("id");
  }

  /** The problem+json a refused request is answered with. */
  static JsonObject problem(Response response, int status) {
    response.expectProblem(status);
    return response.json();
  }

  Response issue(String persona, JsonObject document) {
    return api.as(persona).withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/documents", document);
  }

  /** Issued by the Secretariat; returns the document. */
  JsonObject issued(JsonObject document) {
    return issue("secretariat", document).expect(201).json();
  }

  static JsonObject document(String symbol, String title) {
    return new JsonObject().put("symbol", symbol).put("title", title).put("issuedOn", "2026-03-23");
  }

  /** A symbol no other test uses: the registry is shared by every test of the run. */
  static String body() {
    return "A/AC." + (100 + Math.floorMod(System.nanoTime(), 899));
  }

  static String uniqueYear() {
    return String.valueOf(1946 + Math.floorMod(UUID.randomUUID().hashCode(), 150));
  }

  Response submit(String persona, JsonObject input) {
    return api.as(persona).withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/written-inputs", input);
  }

  static JsonObject input(String sessionId, String title) {
    return new JsonObject().put("sessionId", sessionId).put("title", title)
        .put("text", "Our organization submits the following views on the agenda of the session.").put("language", "en");
  }

  /** The sessions context has no operation to conclude a session yet: the tests move its status in the database. */
  static void conclude(String sessionId) {
    URI uri = URI.create(TestServer.running().database().url());
    String[] user = (uri.getUserInfo() == null ? "postgres" : uri.getUserInfo()).split(":", 2);
    String url = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath() + "?user=" + user[0]
        + (user.length > 1 ? "&password=" + user[1] : "");
    try (var conn = DriverManager.getConnection(url);
         var statement = conn.prepareStatement("update sessions set status = 'concluded' where id = ?::uuid")) {
      statement.setString(1, sessionId);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
