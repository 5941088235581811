package org.plenary.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Search finds national reports and good practices with the rights of reading them")
class ReportSearchTest {

  private final Api api = TestServer.api();
  private final ReportFixtures fixtures = new ReportFixtures(api);

  /** A made-up word no other text holds, letters only so that no stemming splits it. */
  private static String word() {
    return "zorblat" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
  }

  private static JsonObject answerOn(String norm, String question, String text) {
    return new JsonObject().put("norms", new JsonObject().put(norm, new JsonObject().put(question, text)));
  }

  private void publish(String persona, String cycle, String state, JsonObject answers, String audience) {
    Api as = api.as(persona);
    int base = as.get(ReportFixtures.report(cycle, state) + "/draft").expect(200).json().getInteger("latestVersion");
    as.put(ReportFixtures.report(cycle, state) + "/draft", ReportFixtures.save(base, "en", answers)).expect(200);
    fixtures.submit(as, cycle, state).expect(200);
    fixtures.publish(as, cycle, state, audience).expect(200);
  }

  private JsonArray found(Api as, String query) {
    return as.get("/search?q=" + query).expect(200).json().getJsonArray("items");
  }

  @Test
  @DisplayName("Malawi's report for States is found by delegate-bra and the Secretariat, not by anonymous, cs-opennet"
      + " nor the EU; France's public report by everyone, naming its kind, State, norms and language")
  void statesReportFoundByStatesOnly() {
    String cycle = fixtures.cycle();
    String word = word();
    publish("delegate-mwi", cycle, "MWI", answerOn("norm-g", "needs", "Malawi needs " + word + " for its CERT."),
        "states");
    publish("delegate-fra", cycle, "FRA", answerOn("norm-c", "law", "France's law on " + word + "."), "public");

    JsonArray byBrazil = found(api.as("delegate-bra"), word);
    assertEquals(2, byBrazil.size(), byBrazil.encodePrettily());
    JsonObject malawi = byBrazil.stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("id").equals("report:" + cycle + ":MWI")).findFirst().orElseThrow();
    assertEquals("report", malawi.getString("kind"));
    assertEquals("Malawi", malawi.getJsonObject("speaksFor").getString("name"));
    assertEquals(List.of("norm-g"), malawi.getJsonArray("norms").getList());
    assertEquals("en", malawi.getString("language"));
    assertFalse(malawi.containsKey("author"), "a report speaks for its State, not for a person");
    assertEquals("/api/v1" + ReportFixtures.report(cycle, "MWI"), malawi.getString("href"));
    assertTrue(malawi.getString("snippet").contains("<mark>"), malawi.getString("snippet"));

    assertEquals(2, found(api.as("secretariat"), word).size());
    for (Api outside : List.of(api.anonymous(), api.as("cs-opennet"), api.as("delegate-eu"))) {
      JsonArray results = found(outside, word);
      assertEquals(1, results.size(), results.encodePrettily());
      assertEquals("report:" + cycle + ":FRA", results.getJsonObject(0).getString("id"));
    }
  }

  @Test
  @DisplayName("A new version published replaces the one found before; the search finds only the latest published")
  void latestPublishedVersionOnly() {
    String cycle = fixtures.cycle();
    String before = word();
    String after = word();
    publish("delegate-fra", cycle, "FRA", answerOn("norm-f", "policy", "A policy of " + before + "."), "public");
    assertEquals(1, found(api.anonymous(), before).size());

    Api france = api.as("delegate-fra");
    france.put(ReportFixtures.report(cycle, "FRA") + "/draft",
        ReportFixtures.save(1, "fr", answerOn("norm-f", "policy", "Une politique de " + after + "."))).expect(200);
    assertEquals(0, found(api.anonymous(), after).size(), "a version saved but not published is not found");
    fixtures.submit(france, cycle, "FRA").expect(200);
    fixtures.publish(france, cycle, "FRA", "states").expect(200);

    assertEquals(0, found(api.as("delegate-bra"), before).size(), "the version published before is no longer found");
    JsonArray latest = found(api.as("delegate-bra"), after);
    assertEquals(1, latest.size());
    assertEquals("fr", latest.getJsonObject(0).getString("language"));
    assertEquals(0, found(api.anonymous(), after).size(), "published again for States only");
  }

  @Test
  @DisplayName("A good practice is found by a word of its lessons learned, and the kind filter tells it from a report")
  void practiceByLessons() {
    String word = word();
    String cycle = fixtures.cycle();
    JsonObject practice = GoodPracticesTest.practice("Sector exercises", "norm-h", "norm-j")
        .put("lessons", "Invite the " + word + " operators first.");
    String id = api.as("ps-contoso").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/good-practices", practice).expect(201).json().getString("id");
    publish("delegate-idn", cycle, "IDN", answerOn("norm-h", "practice", "Indonesia's " + word + "."), "public");

    JsonArray both = found(api.anonymous(), word);
    assertEquals(2, both.size(), both.encodePrettily());
    JsonArray practices = api.anonymous().get("/search?kind=good-practice&q=" + word).expect(200).json()
        .getJsonArray("items");
    assertEquals(1, practices.size());
    JsonObject found = practices.getJsonObject(0);
    assertEquals("good-practice:" + id, found.getString("id"));
    assertEquals("Sector exercises", found.getString("title"));
    assertEquals("Contoso Security", found.getJsonObject("speaksFor").getString("name"));
    assertEquals(List.of("norm-h", "norm-j"), found.getJsonArray("norms").getList());
    assertEquals("/api/v1/good-practices/" + id, found.getString("href"));
    JsonArray reports = api.anonymous().get("/search?kind=report&q=" + word).expect(200).json().getJsonArray("items");
    assertEquals(List.of("report:" + cycle + ":IDN"), reports.stream().map(r -> ((JsonObject) r).getString("id"))
        .toList());
  }
}
