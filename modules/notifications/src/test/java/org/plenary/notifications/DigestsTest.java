package org.plenary.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.People;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Email digests: composed a page of participants at a time, once each, bounded for a busy day")
class DigestsTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("Digests are composed a page of participants at a time, each once, though two compose the day at once")
  void digestsInPages() throws Exception {
    String organization = People.accreditedStakeholder(api);
    String day = "2001-02-03";
    int people = 250;
    // Written directly, as years of sign-ins and notifications would have: the day is long past.
    sql("INSERT INTO participant (issuer, subject, username, display_name, organization_id, roles, email)"
        + " SELECT 'digest-test', 'digest-' || g, 'digest-' || g, 'Reader ' || g, '" + organization + "', '{member}',"
        + " 'digest-' || g || '@plenary.example' FROM generate_series(1, " + people + ") g");
    sql("INSERT INTO notification (participant_id, reason, event_type, event_position, details, created_at)"
        + " SELECT id, 'accreditation', 'accreditation.decided', 1, '{}', timestamptz '" + day + " 12:00Z'"
        + " FROM participant WHERE organization_id = '" + organization + "'");

    JsonObject date = new JsonObject().put("date", day);
    CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> composed(date));
    CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> composed(date));
    assertEquals(people, one.get() + other.get(), "every digest is queued, once");
    assertEquals(0, composed(date));
    assertEquals(people, count("SELECT count(DISTINCT participant_id) FROM email_outbox WHERE digest_date = '" + day + "'"));
    assertEquals(people, count("SELECT count(*) FROM email_outbox WHERE digest_date = '" + day + "'"));
  }

  @Test
  @DisplayName("A digest lists at most 200 notifications of its day, and says there were more")
  void digestOfABusyDay() throws Exception {
    String organization = People.accreditedStakeholder(api);
    String day = "2001-03-04";
    sql("INSERT INTO participant (issuer, subject, username, display_name, organization_id, roles, email)"
        + " VALUES ('digest-test', 'busy-" + organization + "', 'busy', 'Busy Reader', '" + organization + "',"
        + " '{member}', 'busy@plenary.example')");
    sql("INSERT INTO notification (participant_id, reason, event_type, event_position, details, created_at)"
        + " SELECT p.id, 'accreditation', 'accreditation.decided', g, '{}', timestamptz '" + day + " 00:00Z' + g * interval '1 minute'"
        + " FROM participant p, generate_series(1, 250) g WHERE p.organization_id = '" + organization + "'");

    assertEquals(1, composed(new JsonObject().put("date", day)));
    try (var db = java.sql.DriverManager.getConnection(jdbcUrl());
         var query = db.prepareStatement("SELECT subject, text_body FROM email_outbox WHERE digest_date = ?")) {
      query.setObject(1, java.time.LocalDate.parse(day));
      var rows = query.executeQuery();
      assertTrue(rows.next());
      String text = rows.getString("text_body");
      assertEquals(200, text.lines().filter(line -> line.startsWith("  - ")).count(), text);
      assertTrue(text.contains("more updates that day than a digest lists"), text);
      assertEquals("Plenary: more than 200 updates on " + day, rows.getString("subject"));
    }
  }

  private int composed(JsonObject date) {
    return api.as("secretariat").post("/email-digests", date).expect(200).json().getInteger("composed");
  }

  private static void sql(String statement) throws java.sql.SQLException {
    try (var db = java.sql.DriverManager.getConnection(jdbcUrl()); var st = db.createStatement()) {
      st.execute(statement);
    }
  }

  private static long count(String query) throws java.sql.SQLException {
    try (var db = java.sql.DriverManager.getConnection(jdbcUrl()); var st = db.createStatement();
         var rows = st.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String jdbcUrl() {
    java.net.URI uri = java.net.URI.create(TestServer.running().database().url());
    String user = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo().split(":")[0];
    return "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath() + "?user=" + user;
  }
}
