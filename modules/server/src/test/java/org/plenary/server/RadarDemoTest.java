package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;

@DisplayName("Dev mode has a radar with two rounds: the last session's, closed, and the current one, open")
class RadarDemoTest {

  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    api = DemoServer.api();
  }

  @Test
  @DisplayName("The current round places five signals, shows where States and stakeholders differ and how they moved")
  void twoRounds() {
    JsonArray rounds = api.as("delegate-fra").get("/radar/rounds").expect(200).json().getJsonArray("items");
    assertEquals(2, rounds.size());
    JsonObject current = rounds.getJsonObject(0);
    assertTrue(current.getBoolean("open"));
    assertFalse(rounds.getJsonObject(1).getBoolean("open"));
    JsonObject radar = api.as("delegate-fra").get("/radar/rounds/" + current.getString("id")).expect(200).json();
    JsonArray signals = radar.getJsonArray("signals");
    assertEquals(5, signals.size(), "the duplicate was merged into the ransomware signal");
    assertTrue(signals.stream().map(JsonObject.class::cast)
        .allMatch(f -> f.getJsonObject("all").getBoolean("shown") && f.containsKey("movement")));
    assertTrue(radar.containsKey("mostDisputed"));
  }

  @Test
  @DisplayName("The Chair's submitted summary of the ransomware thread cites the closed round's figures, medians and all")
  void summaryCitesTheRadar() {
    JsonObject summary = api.as("chair").get("/summaries?status=submitted&limit=50").expect(200).items().stream()
        .map(JsonObject.class::cast).filter(s -> s.getString("markdown").contains("The radar of the eighth session"))
        .findFirst().orElseThrow(() -> new AssertionError("no submitted summary cites the radar"));
    String markdown = summary.getString("markdown");
    assertTrue(markdown.contains("[Ransomware against hospitals and water utilities: likelihood 5, impact")
        && markdown.contains("median of 15 organizations, round 'Horizon scanning, eighth session'](/radar?round="),
        markdown);
    assertFalse(markdown.contains("[figures]"), "every citation is written out with its figures: " + markdown);
  }
}
