package org.plenary.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.ServerDatabase;
import org.plenary.testing.CapacityFixtures;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

/**
 * The board's statistics cover every need under its filters, so these tests filter by languages no other
 * test uses (Setswana, Sesotho, Kirundi, Chichewa) to count only their own needs.
 */
@PlenaryTest
@DisplayName("The needs-resources board: filters and statistics")
class CapacityBoardTest {

  private static final int YEAR = CapacityFixtures.yearsAhead(5);

  private final Api api = TestServer.api();
  private final CapacityFixtures capacity = new CapacityFixtures(api);

  private JsonObject needIn(String language, String area) {
    return CapacityFixtures.need(YEAR).put("languages", new JsonArray().add(language))
        .put("areas", new JsonArray().add(area));
  }

  private JsonObject offerIn(String language, String area) {
    return CapacityFixtures.offer(YEAR).put("languages", new JsonArray().add(language))
        .put("areas", new JsonArray().add(area));
  }

  @Test
  @DisplayName("Needs by area and region, share matched, median days to agreement, and open needs without an offer")
  void statistics() {
    String malawi = capacity.need("delegate-mwi", needIn("tn", "cybercrime-legislation"));
    String indonesia = capacity.need("delegate-idn", needIn("tn", "critical-infrastructure")
        .put("areas", new JsonArray().add("critical-infrastructure").add("cybercrime-legislation")));
    capacity.need("delegate-bra", needIn("tn", "international-law"));
    String offer = capacity.offer("delegate-est", offerIn("tn", "cybercrime-legislation"));

    ServerDatabase.backdateNeed(malawi, 10);
    ServerDatabase.backdateNeed(indonesia, 30);
    capacity.step("delegate-mwi", capacity.engagement("delegate-est", malawi, offer), "accept", new JsonObject()).expect(200);
    capacity.step("delegate-idn", capacity.engagement("delegate-est", indonesia, offer), "accept", new JsonObject())
        .expect(200);

    JsonObject statistics = api.get("/capacity/board?language=tn").expect(200).json().getJsonObject("statistics");
    assertEquals(3, statistics.getInteger("needs"));
    assertEquals(2, statistics.getInteger("matchedNeeds"));
    assertEquals(0.667, statistics.getDouble("shareMatched"));
    assertEquals(20.0, statistics.getDouble("medianDaysToAgreement"), 0.1);
    assertEquals(1, statistics.getInteger("openNeedsWithoutOffer"), "Brazil's international-law need has no offer");
    assertEquals(2, count(statistics.getJsonArray("byArea"), "area", "cybercrime-legislation"));
    assertEquals(1, count(statistics.getJsonArray("byArea"), "area", "critical-infrastructure"));
    assertEquals(0, count(statistics.getJsonArray("byArea"), "area", "skills-workforce"));
    assertEquals(8, statistics.getJsonArray("byArea").size());
    assertEquals(1, count(statistics.getJsonArray("byRegion"), "region", "african"));
    assertEquals(1, count(statistics.getJsonArray("byRegion"), "region", "latin-american-caribbean"));
    assertEquals(2, statistics.getJsonObject("engagements").getInteger("agreed"));
  }

  @Test
  @DisplayName("A proposal is not an agreement: the board counts a need as matched, and its days to agreement, only once "
      + "the other side accepts; engagements by status count proposals and withdrawals as such")
  void proposalsAreNotAgreements() {
    String need = capacity.need("delegate-mwi", needIn("ny", "skills-workforce"));
    String other = capacity.need("delegate-idn", needIn("ny", "skills-workforce"));
    String offer = capacity.offer("delegate-est", offerIn("ny", "skills-workforce"));
    ServerDatabase.backdateNeed(need, 12);
    String proposal = capacity.engagement("delegate-mwi", need, offer);
    String withdrawn = capacity.engagement("delegate-idn", other, offer);
    capacity.step("delegate-idn", withdrawn, "withdraw", new JsonObject()).expect(200);
    capacity.step("delegate-mwi", proposal, "accept", new JsonObject()).expectProblem(403);

    JsonObject statistics = api.get("/capacity/board?language=ny").expect(200).json().getJsonObject("statistics");
    assertEquals(0, statistics.getInteger("matchedNeeds"));
    assertNull(statistics.getValue("medianDaysToAgreement"));
    assertEquals(new JsonObject().put("proposed", 1).put("agreed", 0).put("in-progress", 0).put("completed", 0)
        .put("declined", 0).put("withdrawn", 1), statistics.getJsonObject("engagements"));

    capacity.step("delegate-est", proposal, "accept", new JsonObject()).expect(200);
    statistics = api.get("/capacity/board?language=ny").expect(200).json().getJsonObject("statistics");
    assertEquals(1, statistics.getInteger("matchedNeeds"));
    assertEquals(12.0, statistics.getDouble("medianDaysToAgreement"), 0.1);
    assertEquals(new JsonObject().put("proposed", 0).put("agreed", 1).put("in-progress", 0).put("completed", 0)
        .put("declined", 0).put("withdrawn", 1), statistics.getJsonObject("engagements"));
  }

  @Test
  @DisplayName("Filters by area, region, language and status apply to the board's needs and offers")
  void filters() {
    String mine = capacity.need("delegate-mwi", needIn("st", "technical-tooling"));
    String notMine = capacity.need("delegate-idn", needIn("st", "technical-tooling"));
    String closed = capacity.need("delegate-mwi", needIn("st", "strategy-assessments"));
    api.as("delegate-mwi").patch("/capacity/needs/" + closed, new JsonObject().put("status", "closed")).expect(200);
    String forAfrica = capacity.offer("delegate-eu", offerIn("st", "technical-tooling")
        .put("regions", new JsonArray().add("african")));
    String forBrazil = capacity.offer("delegate-eu", offerIn("st", "technical-tooling")
        .put("regions", new JsonArray().add("BRA")));
    String everywhere = capacity.offer("delegate-eu", offerIn("st", "strategy-assessments"));

    JsonObject board = api.get("/capacity/board?language=st&region=MWI&limit=50").expect(200).json();
    Set<String> needs = ids(board.getJsonObject("needs").getJsonArray("items"));
    Set<String> offers = ids(board.getJsonObject("offers").getJsonArray("items"));
    assertEquals(Set.of(mine), needs, "open needs of Malawi only");
    assertEquals(Set.of(forAfrica, everywhere), offers, "offers serving Malawi, its group, or every region");

    board = api.get("/capacity/board?language=st&area=technical-tooling&status=open&limit=50").expect(200).json();
    assertEquals(Set.of(mine, notMine), ids(board.getJsonObject("needs").getJsonArray("items")));
    assertEquals(Set.of(forAfrica, forBrazil), ids(board.getJsonObject("offers").getJsonArray("items")));
    board = api.get("/capacity/board?language=st&status=closed").expect(200).json();
    assertEquals(Set.of(closed), ids(board.getJsonObject("needs").getJsonArray("items")));
    assertEquals(3, board.getJsonObject("statistics").getInteger("needs"), "statistics cover every status");

    api.get("/capacity/board?region=Atlantis").expectProblem(400);
    api.get("/capacity/board?status=pending").expectProblem(400);
    api.get("/capacity/board?region=XYZ").expectProblem(400);
  }

  @Test
  @DisplayName("Lists page with cursors, newest first, without repeats")
  void paging() {
    Set<String> posted = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      posted.add(capacity.need("delegate-bra", needIn("rn", "skills-workforce")));
    }
    Set<String> seen = new HashSet<>();
    String next = null;
    int pages = 0;
    do {
      JsonObject page = api.get("/capacity/needs?language=rn&limit=2" + (next == null ? "" : "&cursor=" + next))
          .expect(200).json();
      for (Object item : page.getJsonArray("items")) {
        assertTrue(seen.add(((JsonObject) item).getString("id")), "no repeats");
      }
      next = page.getString("next");
      pages++;
    } while (next != null);
    assertEquals(posted, seen);
    assertEquals(3, pages);
    JsonObject empty = api.get("/capacity/board?language=zu").expect(200).json().getJsonObject("statistics");
    assertNull(empty.getValue("shareMatched"));
    assertNull(empty.getValue("medianDaysToAgreement"));
  }

  private static long count(JsonArray rows, String key, String value) {
    return rows.stream().map(JsonObject.class::cast).filter(row -> row.getString(key).equals(value)).findFirst()
        .orElseThrow().getLong("needs");
  }

  private static Set<String> ids(JsonArray items) {
    Set<String> ids = new HashSet<>();
    items.forEach(item -> ids.add(((JsonObject) item).getString("id")));
    return ids;
  }
}
