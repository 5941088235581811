package org.plenary.radar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plenary.radar.RadarFixtures.figures;
import static org.plenary.radar.RadarFixtures.group;
import static org.plenary.radar.RadarFixtures.rate;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The radar: five signals rated by ten organizations of three constituencies in two rounds")
class RadarAcceptanceTest {

  private final Api api = TestServer.api();

  /** Signal A's first round: the organization and its likelihood and impact. */
  private static final Object[][] FIRST_A = {
      {"FRA", 5, 4}, {"DEU", 4, 4}, {"GBR", 4, 5}, {"EST", 3, 3}, {"BRA", 5, 2},
      {"opennet", 2, 5}, {"cs1", 1, 5}, {"cs2", 2, 4}, {"EU", 3, 3}, {"AU", 4, 3}};

  @Test
  @DisplayName("Medians of all, of States and stakeholders and of a regional group of three; groups of fewer than"
      + " three not shown; the States/stakeholders spread; the movement between rounds; no organization's rating")
  void twoRounds() throws Exception {
    Map<String, Api> raters = RadarFixtures.tenRaters(api);
    List<String> signals = new ArrayList<>();
    for (String title : List.of("A", "B", "C", "D", "E")) {
      signals.add(RadarFixtures.propose(api.as("delegate-fra"), "Signal " + title + " " + System.nanoTime()));
    }
    String round1 = RadarFixtures.openRound(api, "First session");
    rate(raters.get("FRA"), round1, signals.get(0), 1, 1);
    for (Object[] r : FIRST_A) {
      rate(raters.get((String) r[0]), round1, signals.get(0), (int) r[1], (int) r[2]);
    }
    for (int s = 1; s < 5; s++) {
      for (Api rater : raters.values()) {
        rate(rater, round1, signals.get(s), s + 1, s + 1);
      }
    }
    assertEquals(5, raters.get("FRA").get("/radar/rounds/" + round1 + "/signals/" + signals.get(0) + "/assessment")
        .expect(200).json().getInteger("likelihood"), "the second PUT changed France's rating");
    api.as("secretariat").post("/radar/rounds/" + round1 + "/close").expect(200);

    JsonObject first = api.as("cs-opennet").get("/radar/rounds/" + round1).expect(200).json();
    JsonObject a = figures(first, signals.get(0));
    JsonObject all = a.getJsonObject("all");
    assertEquals(10, all.getInteger("raters"));
    assertEquals(3.5, all.getDouble("likelihood"), "median of 1,2,2,3,3,4,4,4,5,5");
    assertEquals(4.0, all.getDouble("impact"));
    assertEquals(2.0, all.getDouble("likelihoodIqr"));
    JsonObject states = group(a, "constituencies", "states");
    assertEquals(4.0, states.getDouble("likelihood"));
    assertEquals(4.0, states.getDouble("impact"));
    JsonObject stakeholders = group(a, "constituencies", "stakeholders");
    assertEquals(2.0, stakeholders.getDouble("likelihood"));
    assertEquals(5.0, stakeholders.getDouble("impact"));
    assertEquals(3, group(a, "constituencies", "civil-society").getInteger("raters"));
    JsonObject gap = a.getJsonObject("statesVsStakeholders");
    assertEquals(2.0, gap.getDouble("likelihood"));
    assertEquals(1.0, gap.getDouble("impact"));
    assertEquals("likelihood", gap.getString("widest"));
    assertEquals(signals.get(0), first.getString("mostDisputed"), "States and stakeholders agree on the others");

    JsonObject intergovernmental = group(a, "constituencies", "intergovernmental");
    assertFalse(intergovernmental.getBoolean("shown"), "two intergovernmental raters are not shown alone");
    assertFalse(intergovernmental.containsKey("likelihood") || intergovernmental.containsKey("raters"));
    JsonObject weog = group(a, "regionalGroups", "western-european-others");
    assertEquals(3, weog.getInteger("raters"));
    assertEquals(4.0, weog.getDouble("likelihood"));
    JsonObject eastern = group(a, "regionalGroups", "eastern-european");
    assertFalse(eastern.getBoolean("shown"), "Estonia's rating alone is never shown");
    assertFalse(eastern.containsKey("likelihood"));
    assertFalse(first.encode().contains("organizationId"), "the radar names no rater");
    assertFalse(first.encode().contains("\"EST\""), "the radar names no rater");

    String round2 = RadarFixtures.openRound(api, "Second session");
    for (Api rater : raters.values()) {
      rate(rater, round2, signals.get(0), 5, 5);
      for (int s = 1; s < 4; s++) {
        rate(rater, round2, signals.get(s), s + 1, s + 1);
      }
    }
    rate(raters.get("FRA"), round2, signals.get(4), 1, 1);
    rate(raters.get("DEU"), round2, signals.get(4), 2, 2);

    JsonObject second = api.as("delegate-bra").get("/radar/rounds/" + round2).expect(200).json();
    assertEquals(round1, second.getJsonObject("previousRound").getString("id"));
    JsonObject moved = figures(second, signals.get(0)).getJsonObject("movement");
    assertEquals(1.5, moved.getDouble("likelihood"));
    assertEquals(1.0, moved.getDouble("impact"));
    JsonObject steady = figures(second, signals.get(2));
    assertEquals(3.0, steady.getJsonObject("all").getDouble("likelihood"));
    assertEquals(0.0, steady.getJsonObject("movement").getDouble("likelihood"));
    JsonObject e = figures(second, signals.get(4));
    assertFalse(e.getJsonObject("all").getBoolean("shown"), "two raters: signal E is not placed");
    assertNull(e.getJsonObject("movement"), "no movement of a signal not shown");
    assertFalse(second.encode().contains("organizationId"));
    assertTrue(figures(second, signals.get(1)).getJsonObject("all").getBoolean("shown"));
  }
}
