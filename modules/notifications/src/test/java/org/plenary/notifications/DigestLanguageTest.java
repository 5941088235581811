package org.plenary.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.i18n.Messages;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The daily digest is written in its recipient's language, with that language's plural rules")
class DigestLanguageTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("The six files of the digest's catalogue have the same keys and arguments")
  void catalogueIsWhole() {
    assertEquals(List.of(), Messages.of("digest").gaps());
  }

  @Test
  @DisplayName("Counts follow each language's plural rules")
  void plurals() {
    Messages digest = Messages.of("digest");
    Map<String, Object> one = Map.of("count", 1, "day", "2001-04-05");
    Map<String, Object> three = Map.of("count", 3, "day", "2001-04-05");
    assertEquals("Plenary: 1 update on 2001-04-05", digest.text(Language.EN, "subject", one));
    assertEquals("Plenary: 3 updates on 2001-04-05", digest.text(Language.EN, "subject", three));
    assertEquals("Plenary : 1 mise à jour le 2001-04-05", digest.text(Language.FR, "subject", one));
    assertEquals("Plenary: 3 обновления за 2001-04-05", digest.text(Language.RU, "subject", three));
    assertEquals("Plenary: 5 обновлений за 2001-04-05",
        digest.text(Language.RU, "subject", Map.of("count", 5, "day", "2001-04-05")));
    assertEquals("Plenary: تحديثان في 2001-04-05",
        digest.text(Language.AR, "subject", Map.of("count", 2, "day", "2001-04-05")));
  }

  @Test
  @DisplayName("A French-speaking delegate's digest is in French; one who chose no language gets English")
  void frenchDelegatesDigest() throws Exception {
    String day = "2001-04-05";
    api.as("delegate-fra").put("/me/preferences", new JsonObject().put("language", "fr").put("emailDigest", true))
        .expect(200);
    api.as("delegate-est").put("/me/preferences", new JsonObject().putNull("language").put("emailDigest", true))
        .expect(200);
    // The accreditation notifications of a long-past day, written directly: no thread, so "Your organization".
    sql("INSERT INTO notification (participant_id, reason, event_type, event_position, details, created_at)"
        + " SELECT p.id, 'accreditation', 'accreditation.decided', g, '{}', timestamptz '" + day + " 09:00Z' + g * interval '1 minute'"
        + " FROM participant p, generate_series(1, 3) g WHERE p.username IN ('delegate-fra', 'delegate-est')");

    api.as("secretariat").post("/email-digests", new JsonObject().put("date", day)).expect(200);

    String[] french = digestOf("delegate-fra", day);
    assertEquals("Plenary : 3 mises à jour le " + day, french[0]);
    assertTrue(french[1].contains("Ce qui s'est passé le " + day + " dans le dialogue que vous suivez :"), french[1]);
    assertTrue(french[1].contains("\nVotre organisation\n"), french[1]);
    assertTrue(french[1].contains("a modifié l'accréditation de votre organisation"), french[1]);
    assertTrue(french[2].startsWith("<!doctype html><html lang=\"fr\" dir=\"ltr\">"), french[2]);
    assertTrue(french[2].contains("<h2>Votre organisation</h2>"), french[2]);

    String[] english = digestOf("delegate-est", day);
    assertEquals("Plenary: 3 updates on " + day, english[0]);
    assertTrue(english[1].contains("\nYour organization\n"), english[1]);
    assertTrue(english[1].contains("changed your organization's accreditation"), english[1]);
  }

  /** The subject, text and HTML of one participant's digest of the day. */
  private static String[] digestOf(String username, String day) throws Exception {
    try (var db = DriverManager.getConnection(jdbcUrl());
         var query = db.prepareStatement("SELECT e.subject, e.text_body, e.html_body FROM email_outbox e"
             + " JOIN participant p ON p.id = e.participant_id WHERE p.username = ? AND e.digest_date = ?")) {
      query.setString(1, username);
      query.setObject(2, LocalDate.parse(day));
      var rows = query.executeQuery();
      assertTrue(rows.next(), "a digest was queued for " + username);
      return new String[] {rows.getString("subject"), rows.getString("text_body"), rows.getString("html_body")};
    }
  }

  private static void sql(String statement) throws java.sql.SQLException {
    try (var db = DriverManager.getConnection(jdbcUrl()); var st = db.createStatement()) {
      st.execute(statement);
    }
  }

  private static String jdbcUrl() {
    java.net.URI uri = java.net.URI.create(TestServer.running().database().url());
    String user = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo().split(":")[0];
    return "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath() + "?user=" + user;
  }
}
