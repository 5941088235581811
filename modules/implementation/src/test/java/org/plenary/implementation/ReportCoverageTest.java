package org.plenary.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The list of published reports and the coverage of the norms, as each reader may read them")
class ReportCoverageTest {

  private final Api api = TestServer.api();
  private final ReportFixtures fixtures = new ReportFixtures(api);

  private static JsonObject norm(JsonObject coverage, String norm) {
    return coverage.getJsonArray("norms").stream().map(JsonObject.class::cast)
        .filter(n -> norm.equals(n.getString("norm"))).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("France public on (c), (f), (j) and Malawi for States on (f), (g): norm (f) counts twice for States")
  void coverageCountsNormFTwice() {
    String cycle = fixtures.cycle();
    fixtures.published("delegate-fra", cycle, "FRA", "public", "fr", "c", "f", "j");
    fixtures.published("delegate-mwi", cycle, "MWI", "states", "en", "f", "g");
    String path = "/reporting-cycles/" + cycle + "/coverage";
    JsonObject states = api.as("delegate-bra").get(path).expect(200).json();
    assertEquals(2, norm(states, "norm-f").getInteger("states"));
    assertEquals(1, norm(states, "norm-f").getJsonObject("byGroup").getInteger("african"));
    assertEquals(1, norm(states, "norm-f").getJsonObject("byGroup").getInteger("western-european-others"));
    assertEquals(0, norm(states, "norm-f").getJsonObject("byGroup").getInteger("asia-pacific"));
    assertEquals(0, norm(states, "norm-a").getInteger("states"));
    assertEquals(11, states.getJsonArray("norms").size());
    JsonObject anonymous = api.anonymous().get(path).expect(200).json();
    assertEquals(1, norm(anonymous, "norm-f").getInteger("states"), "Malawi's report is for States only");
    assertEquals(0, norm(anonymous, "norm-g").getInteger("states"));
  }

  @Test
  @DisplayName("The list filters by regional group, norm and language, and pages by cursor in the order of names")
  void listFiltersAndPages() {
    String cycle = fixtures.cycle();
    fixtures.published("delegate-fra", cycle, "FRA", "public", "fr", "c");
    fixtures.published("delegate-bra", cycle, "BRA", "public", "es", "c", "d");
    fixtures.published("delegate-idn", cycle, "IDN", "public", "en", "d");
    String list = "/reporting-cycles/" + cycle + "/reports";
    assertEquals(List.of("BRA"), ids(list + "?regionalGroup=latin-american-caribbean"));
    assertEquals(List.of("BRA", "IDN"), ids(list + "?norm=norm-d"));
    assertEquals(List.of("FRA"), ids(list + "?language=fr"));
    List<String> seen = new ArrayList<>();
    String next = null;
    do {
      JsonObject page = api.get(list + "?limit=1" + (next == null ? "" : "&cursor=" + next)).expect(200).json();
      page.getJsonArray("items").forEach(r -> seen.add(((JsonObject) r).getString("stateName")));
      next = page.getString("next");
    } while (next != null);
    assertEquals(List.of("Brazil", "France", "Indonesia"), seen);
    api.get(list + "?cursor=bm90LWEtY3Vyc29y").expectProblem(400);
  }

  private List<String> ids(String path) {
    return api.get(path).expect(200).items().stream().map(r -> ((JsonObject) r).getString("stateId")).toList();
  }
}
