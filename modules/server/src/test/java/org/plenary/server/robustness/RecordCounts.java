package org.plenary.server.robustness;

import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.testing.TestServer;

/** How many rows the record holds, table by table: what people write, and the events of every write. */
final class RecordCounts {

  private static final List<String> TABLES = List.of("topic", "tag", "thread", "post", "post_version", "flag",
      "audit_entry", "accreditation_application", "accreditation_objection", "capacity_need", "capacity_offer",
      "capacity_engagement", "capacity_engagement_step", "draft_version", "draft_paragraph", "draft_paragraph_text",
      "draft_stance", "draft_comment", "draft_amendment", "draft_dissociation", "proposal", "proposal_sponsor",
      "summary", "summary_version", "watch", "organization", "outbox_event");

  private RecordCounts() {
  }

  static Map<String, Long> now() {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (var conn = DriverManager.getConnection(jdbcUrl()); var statement = conn.createStatement()) {
      for (String table : TABLES) {
        try (var rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }

  private static String jdbcUrl() {
    URI uri = URI.create(TestServer.running().database().url());
    String user = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo();
    String[] credentials = user.split(":", 2);
    return "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath() + "?user=" + credentials[0]
        + (credentials.length > 1 ? "&password=" + credentials[1] : "");
  }
}
