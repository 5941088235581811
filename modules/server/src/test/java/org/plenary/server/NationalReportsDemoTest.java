package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;

@DisplayName("Dev mode seeds national reports of States of every regional group")
class NationalReportsDemoTest {

  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    api = DemoServer.api();
  }

  @Test
  @DisplayName("Eight States or more of all five groups, three languages or more, public and for States, two cycles")
  void nationalReports() {
    JsonArray reports = api.as("secretariat").get("/reporting-cycles/2026/reports?limit=100").expect(200).items();
    Set<String> groups = new HashSet<>();
    Set<String> languages = new HashSet<>();
    Set<String> audiences = new HashSet<>();
    reports.stream().map(JsonObject.class::cast).forEach(r -> {
      groups.add(r.getString("regionalGroup"));
      languages.add(r.getString("language"));
      audiences.add(r.getString("audience"));
    });
    assertTrue(reports.size() >= 8, reports.size() + " reports");
    assertEquals(5, groups.size(), groups.toString());
    assertTrue(languages.size() >= 3, languages.toString());
    assertEquals(Set.of("public", "states"), audiences);
    assertEquals(2, api.get("/reporting-cycles/2025/reports").expect(200).items().size());
    JsonObject coverage = api.as("delegate-bra").get("/reporting-cycles/2026/coverage").expect(200).json();
    assertEquals(11, coverage.getJsonArray("norms").size());
    JsonObject malawi = api.as("delegate-mwi").get("/reporting-cycles/2026/reports/MWI").expect(200).json();
    String need = malawi.getJsonArray("capacityNeeds").getJsonObject(0).getString("needId");
    assertTrue(api.as("delegate-mwi").get("/capacity/needs/" + need).expect(200).json().getString("description")
        .contains("/reports/2026/MWI"), "Malawi's need links back to its report");
  }

  @Test
  @DisplayName("The compilation of 2026 holds every report, published before the cut-off; a dozen good practices")
  void compilationAndGoodPractices() {
    String html = api.as("secretariat").get("/reporting-cycles/2026/compilation.html").expect(200).body();
    assertTrue(html.indexOf("Brazil") < html.indexOf("Malawi") && html.contains("Russian Federation"), html);
    JsonArray practices = api.get("/good-practices?limit=50").expect(200).items();
    assertTrue(practices.size() >= 12, practices.size() + " practices");
    Set<String> kinds = new HashSet<>();
    practices.stream().map(JsonObject.class::cast).forEach(p -> kinds.add(p.getJsonObject("organization")
        .getString("kind")));
    assertEquals(Set.of("state", "private-sector", "academia", "civil-society"), kinds);
    assertTrue(practices.stream().map(JsonObject.class::cast).anyMatch(p -> p.getInteger("endorsements") >= 2));
  }

  @Test
  @DisplayName("The demo's reports and practices are found by search with the rights of reading them; a post and a"
      + " Chair's summary cite Malawi's practice")
  void searchedAndCited() {
    String malawi = "/search?kind=report&organization=MWI&q=Malawi";
    assertEquals(0, api.get(malawi).expect(200).items().size(), "Malawi published for States only");
    assertEquals(1, api.as("delegate-bra").get(malawi).expect(200).items().size());
    JsonArray practices = api.get("/search?kind=good-practice&q=contacts%20kept%20up%20to%20date").expect(200).items();
    assertEquals("Mapping critical infrastructure with its operators", practices.getJsonObject(0).getString("title"));

    String cited = "Mapping critical infrastructure with its operators (Malawi)</a>";
    String thread = api.get("/topics/norms/threads?limit=100").expect(200).items().stream().map(JsonObject.class::cast)
        .filter(t -> t.getString("title").contains("critical infrastructure")).findFirst().orElseThrow().getString("id");
    assertTrue(api.get("/threads/" + thread + "/posts?before=end&limit=100").expect(200).items().stream()
        .map(JsonObject.class::cast).anyMatch(p -> p.getString("bodyHtml", "").contains(cited)), "a post cites it");
    assertTrue(api.get("/summaries").expect(200).items().stream().map(JsonObject.class::cast)
        .anyMatch(summary -> summary.getString("bodyHtml").contains(cited)), "a published summary cites it");
  }
}
