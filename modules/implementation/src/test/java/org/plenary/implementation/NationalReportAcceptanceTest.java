package org.plenary.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.People;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("National reports: States' delegates draft, submit and publish how they implement the norms")
class NationalReportAcceptanceTest {

  private final Api api = TestServer.api();
  private final ReportFixtures fixtures = new ReportFixtures(api);

  @Test
  @DisplayName("France's delegates draft a report on norms (c), (f) and (j), submit it and publish it public")
  void franceDraftsSubmitsAndPublishesPublic() throws Exception {
    String cycle = fixtures.cycle();
    String path = ReportFixtures.report(cycle, "FRA");
    Api first = api.as("delegate-fra");
    Api second = People.signedIn(api, "second-delegate-fra", "FRA", "delegate");
    JsonObject fresh = first.get(path + "/draft").expect(200).json();
    assertEquals("not-started", fresh.getString("status"));
    assertEquals(0, fresh.getInteger("latestVersion"));
    assertTrue(fresh.getBoolean("mayEdit"));

    JsonObject v1 = fixtures.save(first, cycle, "FRA", 0, ReportFixtures.answers("c", "f")).expect(200).json();
    assertEquals(1, v1.getInteger("latestVersion"));
    assertEquals("draft", v1.getString("status"));
    // The second delegate continues from version 1 with If-Match, adding norm (j).
    var response = second.withHeader("If-Match", "\"1\"").put(path + "/draft", new JsonObject().put("language", "fr")
        .put("answers", ReportFixtures.answers("c", "f", "j"))).expect(200);
    assertEquals("\"2\"", response.header("ETag"));
    JsonObject latest = response.json().getJsonObject("latest");
    assertEquals("fr", latest.getString("language"));
    assertEquals(List.of("norm-c", "norm-f", "norm-j"), List.copyOf(latest.getJsonObject("answers")
        .getJsonObject("norms").fieldNames()));

    JsonObject member = api.as("member-fra").get(path + "/draft").expect(200).json();
    assertEquals(2, member.getInteger("latestVersion"), "a member reads the draft");
    assertFalse(member.getBoolean("mayEdit"));
    JsonArray versions = first.get(path + "/versions").expect(200).items();
    assertEquals(2, versions.size());
    assertEquals(2, versions.getJsonObject(0).getInteger("version"));

    api.anonymous().get(path).expectProblem(404);
    assertEquals("submitted", fixtures.submit(first, cycle, "FRA").expect(200).json().getString("status"));
    api.anonymous().get(path).expectProblem(404);
    JsonObject published = fixtures.publish(second, cycle, "FRA", "public").expect(200).json();
    assertEquals("published", published.getString("status"));
    assertEquals("public", published.getString("audience"));

    JsonObject read = api.anonymous().get(path).expect(200).json();
    assertEquals("France", read.getString("stateName"));
    assertEquals("western-european-others", read.getString("regionalGroup"));
    assertEquals("fr", read.getString("language"));
    assertEquals(new JsonArray(List.of("norm-c", "norm-f", "norm-j")), read.getJsonArray("norms"));
    assertEquals("The law that implements norm (j).", read.getJsonObject("answers").getJsonObject("norms")
        .getJsonObject("norm-j").getString("law"));
    assertEquals(1, read.getJsonArray("history").size());
    JsonArray listed = api.anonymous().get("/reporting-cycles/" + cycle + "/reports").expect(200).items();
    assertEquals(1, listed.size());
    assertEquals("FRA", listed.getJsonObject(0).getString("stateId"));
  }

  @Test
  @DisplayName("Malawi publishes for States: anonymous and cs-opennet cannot read it, delegate-bra and the Secretariat can")
  void malawiPublishesForStates() {
    String cycle = fixtures.cycle();
    fixtures.published("delegate-mwi", cycle, "MWI", "states", "en", "g");
    String path = ReportFixtures.report(cycle, "MWI");
    api.anonymous().get(path).expectProblem(401);
    String refusal = api.as("cs-opennet").get(path).expectProblem(403);
    assertTrue(refusal.contains("States and the Secretariat"), refusal);
    assertEquals("states", api.as("delegate-bra").get(path).expect(200).json().getString("audience"));
    api.as("secretariat").get(path).expect(200);
    String list = "/reporting-cycles/" + cycle + "/reports";
    assertEquals(0, api.anonymous().get(list).expect(200).items().size());
    assertEquals(0, api.as("cs-opennet").get(list).expect(200).items().size());
    assertEquals(1, api.as("delegate-bra").get(list).expect(200).items().size());
  }

  @Test
  @DisplayName("A State publishes a new version later: readers see it, the history shows both publications")
  void newVersionLater() {
    String cycle = fixtures.cycle();
    fixtures.published("delegate-est", cycle, "EST", "states", "en", "a");
    fixtures.published("delegate-est", cycle, "EST", "public", "ru", "a", "b");
    JsonObject read = api.anonymous().get(ReportFixtures.report(cycle, "EST")).expect(200).json();
    assertEquals(2, read.getInteger("publishedVersion"));
    assertEquals("ru", read.getString("language"));
    JsonArray history = read.getJsonArray("history");
    assertEquals(2, history.size());
    assertEquals("states", history.getJsonObject(0).getString("audience"));
    assertEquals("public", history.getJsonObject(1).getString("audience"));
  }
}
