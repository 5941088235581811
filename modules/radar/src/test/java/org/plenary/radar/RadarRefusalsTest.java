package org.plenary.radar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The radar refuses: ratings outside 1-5, a rating after the round closed, those who do not take part")
class RadarRefusalsTest {

  private final Api api = TestServer.api();

  private static String assessment(String round, String signal) {
    return "/radar/rounds/" + round + "/signals/" + signal + "/assessment";
  }

  @Test
  @DisplayName("A rating after the round closed is 409 round-closed and changes nothing; a second close is 409")
  void afterClose() {
    String signal = RadarFixtures.propose(api.as("delegate-idn"), "Closed " + UUID.randomUUID());
    String round = RadarFixtures.openRound(api, "Closing");
    RadarFixtures.rate(api.as("delegate-idn"), round, signal, 2, 3);
    api.as("secretariat").post("/radar/rounds/" + round + "/close").expect(200);
    JsonObject refused = api.as("delegate-idn").put(assessment(round, signal),
        new JsonObject().put("likelihood", 5).put("impact", 5)).expect(409).json();
    assertTrue(refused.getString("type").endsWith("round-closed"), refused.encode());
    JsonObject kept = api.as("delegate-idn").get(assessment(round, signal)).expect(200).json();
    assertEquals(2, kept.getInteger("likelihood"));
    assertEquals(3, kept.getInteger("impact"));
    api.as("secretariat").post("/radar/rounds/" + round + "/close").expectProblem(409);
    String french = api.as("delegate-idn").withHeader("Accept-Language", "fr").put(assessment(round, signal),
        new JsonObject().put("likelihood", 5).put("impact", 5)).expectProblem(409);
    assertTrue(french.contains("Ce cycle a été clos"), french);
  }

  @Test
  @DisplayName("Ratings outside 1-5, of the wrong type or missing are 400; nothing is recorded")
  void badRatings() {
    String signal = RadarFixtures.propose(api.as("delegate-mwi"), "Bad " + UUID.randomUUID());
    String round = RadarFixtures.openRound(api, "Bad ratings");
    Api malawi = api.as("delegate-mwi");
    String path = assessment(round, signal);
    malawi.put(path, new JsonObject().put("likelihood", 0).put("impact", 3)).expectProblem(400);
    malawi.put(path, new JsonObject().put("likelihood", 3).put("impact", 6)).expectProblem(400);
    malawi.put(path, new JsonObject().put("likelihood", "3").put("impact", 3)).expectProblem(400);
    malawi.put(path, new JsonObject().put("likelihood", 3)).expectProblem(400);
    malawi.put(path, new JsonObject().put("likelihood", 2.5).put("impact", 3)).expectProblem(400);
    malawi.get(path).expectProblem(404);
    api.as("secretariat").post("/radar/rounds/" + round + "/close").expect(200);
  }

  @Test
  @DisplayName("Anonymous 401; a pending stakeholder, a member of a delegation and the Secretariat do not propose"
      + " or rate; only the Secretariat runs rounds; an organization reads its own rating only")
  void whoMay() {
    api.anonymous().get("/radar/signals").expectProblem(401);
    api.anonymous().withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/radar/signals", RadarFixtures.signal("Anonymous")).expectProblem(401);
    String pending = api.as("cs-pending").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/radar/signals", RadarFixtures.signal("Pending")).expectProblem(403);
    assertTrue(pending.contains("not accredited"), pending);
    String member = api.as("member-fra").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/radar/signals", RadarFixtures.signal("Member")).expectProblem(403);
    assertTrue(member.contains("only its delegates"), member);
    api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/radar/signals", RadarFixtures.signal("Secretariat")).expectProblem(403);
    api.as("delegate-fra").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/radar/rounds", new JsonObject().put("title", "Mine")).expectProblem(403);
    api.as("delegate-fra").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/radar/signals", RadarFixtures.signal("").put("title", "")).expectProblem(400);
    api.as("delegate-fra").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/radar/signals", RadarFixtures.signal("Bad category").put("category", "aliens")).expectProblem(400);

    String signal = RadarFixtures.propose(api.as("ac-institute"), "Own " + UUID.randomUUID());
    String round = RadarFixtures.openRound(api, "Who may");
    RadarFixtures.rate(api.as("ac-institute"), round, signal, 4, 4);
    api.as("cs-pending").put(assessment(round, signal), new JsonObject().put("likelihood", 1).put("impact", 1))
        .expectProblem(403);
    api.as("delegate-fra").get(assessment(round, signal)).expectProblem(404);
    assertEquals(4, api.as("ac-institute").get(assessment(round, signal)).expect(200).json()
        .getInteger("likelihood"));
    api.as("delegate-fra").put(assessment(round, UUID.randomUUID().toString()),
        new JsonObject().put("likelihood", 1).put("impact", 1)).expectProblem(404);
    api.as("delegate-fra").get("/radar/rounds/" + UUID.randomUUID()).expectProblem(404);
    api.as("delegate-fra").post("/radar/rounds/" + round + "/close").expectProblem(403);
    api.as("secretariat").post("/radar/rounds/" + round + "/close").expect(200);
  }
}
