package org.plenary.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** Short-hands for the steps of the non-objection procedure that tests repeat. */
public final class Accrediting {

  private final Api api;

  public Accrediting(Api api) {
    this.api = api;
  }

  public static JsonObject request(String name, boolean ecosoc) {
    return new JsonObject().put("name", name).put("kind", "civil-society").put("country", "KEN")
        .put("website", "https://example.org/" + name.toLowerCase().replace(' ', '-'))
        .put("purpose", "Research and advocacy on the security of ICTs and human rights online.")
        .put("ecosocStatus", ecosoc);
  }

  /** The Secretariat registers a new civil-society organization under a fresh id; returns the application. */
  public JsonObject register(boolean ecosoc) {
    String id = "org-" + UUID.randomUUID().toString().substring(0, 8);
    return api.as("secretariat").post("/accreditations", request("Organization " + id, ecosoc).put("organizationId", id))
        .expect(201).json();
  }

  public Response object(String persona, String applicationId, String reason) {
    JsonObject body = reason == null ? new JsonObject() : new JsonObject().put("reason", reason);
    return api.as(persona).post("/accreditations/" + applicationId + "/objections", body);
  }

  public JsonObject close(String applicationId) {
    return api.as("secretariat").post("/accreditations/" + applicationId + "/close").expect(200).json();
  }

  /** A token for a delegate of {@code organizationId}, signed with the dev issuer's key, as a real sign-in gives. */
  public static Api delegateOf(TestServer.Running server, String organizationId) throws Exception {
    JsonObject claims = TokenForge.delegateClaims(server.baseUrl() + "/dev-idp", "delegate-of-" + organizationId)
        .put("organization", organizationId).put("name", "Delegate of " + organizationId)
        .put("realm_access", new JsonObject().put("roles", new JsonArray().add("delegate")));
    return new Api(server.baseUrl()).withToken(TokenForge.devIssuer(server).sign(claims));
  }

  /** Runs SQL on a test database directly: only to move time, as a stopped server would see it. */
  public static void sql(TestDatabase database, String statement) throws SQLException {
    try (Connection conn = connect(database); var st = conn.createStatement()) {
      st.execute(statement);
    }
  }

  /** A connection of its own to the test database, for a test that must hold a lock as another writer would. */
  public static Connection connect(TestDatabase database) throws SQLException {
    URI uri = URI.create(database.url());
    String user = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo().split(":")[0];
    String password = uri.getUserInfo() != null && uri.getUserInfo().contains(":")
        ? uri.getUserInfo().substring(uri.getUserInfo().indexOf(':') + 1) : null;
    String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
    return DriverManager.getConnection(jdbc, user, password);
  }

  /** How many sessions of the test database wait for a row lock now. */
  public static int waitingForLocks(TestDatabase database) throws SQLException {
    try (Connection conn = connect(database); var st = conn.createStatement();
         var rows = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
             + " AND wait_event_type = 'Lock'")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
