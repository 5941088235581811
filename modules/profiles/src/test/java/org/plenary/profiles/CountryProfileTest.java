package org.plenary.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Country profile: a State's positions across the threads, as each reader may see them")
class CountryProfileTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("France's profile shows its positions in two threads, the superseded one beside the current one")
  void franceInTwoThreads() {
    String first = dialogue.openThread("delegate-fra", "norms", new JsonObject().put("tags", new JsonArray(List.of("norm-f"))));
    String second = dialogue.openThread("delegate-fra", "international-law");
    long old = dialogue.position("delegate-fra", first, "France supports norm (f) as agreed in 2015.").getLong("id");
    long current = dialogue.position("delegate-fra", first, "France supports norm (f) and its guidance of 2021.")
        .getLong("id");
    dialogue.position("delegate-fra", second, "International law applies in cyberspace.");
    dialogue.comment("delegate-fra", second, "A comment is not a position.");

    JsonObject profile = api.anonymous().get("/organizations/FRA/profile?limit=50").expect(200).json();
    assertEquals("France", profile.getJsonObject("state").getString("name"));
    JsonObject inFirst = thread(profile, first).orElseThrow();
    JsonArray positions = inFirst.getJsonArray("positions");
    assertEquals(2, positions.size(), "the current position and the one it superseded");
    assertEquals(current, positions.getJsonObject(0).getLong("id"));
    assertEquals("active", positions.getJsonObject(0).getString("status"));
    assertEquals(old, positions.getJsonObject(1).getLong("id"));
    assertEquals("superseded", positions.getJsonObject(1).getString("status"));
    assertEquals(current, positions.getJsonObject(1).getLong("supersededBy"));
    assertTrue(positions.getJsonObject(1).getString("bodyHtml").contains("agreed in 2015"));
    JsonArray inSecond = thread(profile, second).orElseThrow().getJsonArray("positions");
    assertEquals(1, inSecond.size(), "only official positions, not comments");

    JsonObject onNormF = api.anonymous().get("/organizations/FRA/profile?norm=norm-f&limit=50").expect(200).json();
    assertTrue(thread(onNormF, first).isPresent());
    assertTrue(thread(onNormF, second).isEmpty(), "the second thread is not tagged norm (f)");
    assertEquals(new JsonArray(List.of("needs", "offers")), onNormF.getJsonArray("notFiltered"));
    assertFalse(onNormF.containsKey("needs"), "needs carry no norm: left out rather than shown unfiltered");
    JsonObject byTopic = api.anonymous().get("/organizations/FRA/profile?topic=international-law&limit=50").expect(200)
        .json();
    assertTrue(thread(byTopic, second).isPresent());
    assertTrue(thread(byTopic, first).isEmpty());
    JsonObject tomorrowOn = api.anonymous().get("/organizations/FRA/profile?since=2999-01-01").expect(200).json();
    assertEquals(0, tomorrowOn.getJsonObject("positions").getJsonArray("items").size());
  }

  @Test
  @DisplayName("A position under the Chatham House Rule is absent for anonymous readers and other States, present for its author and moderators")
  void chathamHouse() {
    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("kind", "consultation")
        .put("closesAt", "2099-01-01T00:00:00Z").put("chathamHouse", true));
    long position = dialogue.position("delegate-bra", thread, "Brazil's view, under the rule.").getLong("id");
    String path = "/organizations/BRA/profile?limit=50";
    assertTrue(thread(api.anonymous().get(path).expect(200).json(), thread).isEmpty());
    assertTrue(thread(api.as("delegate-fra").get(path).expect(200).json(), thread).isEmpty());
    assertEquals(position, thread(api.as("delegate-bra").get(path).expect(200).json(), thread).orElseThrow()
        .getJsonArray("positions").getJsonObject(0).getLong("id"));
    assertTrue(thread(api.as("moderator").get(path).expect(200).json(), thread).isPresent());
  }

  @Test
  @DisplayName("A thread for States only is absent for anonymous and stakeholders, present for States")
  void statesAudience() {
    String thread = dialogue.openThread("delegate-idn", "norms", new JsonObject().put("audience", "states"));
    dialogue.position("delegate-idn", thread, "Indonesia, to States only.");
    String path = "/organizations/IDN/profile?limit=50";
    assertTrue(thread(api.anonymous().get(path).expect(200).json(), thread).isEmpty());
    assertTrue(thread(api.as("cs-opennet").get(path).expect(200).json(), thread).isEmpty());
    assertTrue(thread(api.as("delegate-bra").get(path).expect(200).json(), thread).isPresent());
  }

  @Test
  @DisplayName("A section pages on with its own cursor, and the next page starts after the last thread shown")
  void pagesOn() {
    String older = dialogue.openThread("delegate-est", "norms");
    dialogue.position("delegate-est", older, "Estonia, first.");
    String newer = dialogue.openThread("delegate-est", "norms");
    dialogue.position("delegate-est", newer, "Estonia, second.");
    JsonObject first = api.anonymous().get("/organizations/EST/profile?limit=1").expect(200).json();
    JsonObject positions = first.getJsonObject("positions");
    assertEquals(newer, positions.getJsonArray("items").getJsonObject(0).getJsonObject("thread").getString("id"));
    String next = positions.getString("next");
    assertNotNull(next);
    JsonObject second = api.anonymous().get("/organizations/EST/profile?limit=1&section=positions&cursor=" + next)
        .expect(200).json();
    assertEquals(older, second.getJsonObject("positions").getJsonArray("items").getJsonObject(0)
        .getJsonObject("thread").getString("id"));
    assertFalse(second.containsKey("drafts"), "only the section asked for");
    String problem = api.anonymous().get("/organizations/EST/profile?section=reports&cursor=" + next).expectProblem(400);
    assertTrue(problem.contains("positions"), problem);
    api.anonymous().get("/organizations/EST/profile?cursor=" + next).expectProblem(400);
  }

  @Test
  @DisplayName("Bad input: an unknown organization is a 404, a stakeholder or a reversed period a 400")
  void badInput() {
    assertTrue(api.anonymous().get("/organizations/XYZ/profile").expectProblem(404).contains("XYZ"));
    String stakeholder = api.anonymous().get("/organizations/EU/profile").expectProblem(400);
    assertTrue(stakeholder.contains("not a State"), stakeholder);
    api.anonymous().get("/organizations/FRA/profile?since=2025-05-02&until=2025-05-01").expectProblem(400);
    api.anonymous().get("/organizations/FRA/profile?norm=norm-z").expectProblem(400);
    api.anonymous().get("/organizations/FRA/profile?limit=51").expectProblem(400);
    api.anonymous().get("/organizations/FRA/profile?since=yesterday").expectProblem(400);
  }

  static Optional<JsonObject> thread(JsonObject profile, String threadId) {
    return profile.getJsonObject("positions").getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(item -> item.getJsonObject("thread").getString("id").equals(threadId)).findFirst();
  }
}
