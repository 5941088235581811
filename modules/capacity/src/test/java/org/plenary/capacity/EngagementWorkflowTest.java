package org.plenary.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.CapacityFixtures;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The engagement workflow: each step in its order, by the side whose step it is, confirmed by both where both must")
class EngagementWorkflowTest {

  private static final int YEAR = CapacityFixtures.yearsAhead(4);
  private static final JsonObject NO_BODY = new JsonObject();

  private final Api api = TestServer.api();
  private final CapacityFixtures capacity = new CapacityFixtures(api);

  @Test
  @DisplayName("Interest is expressed once per pair, by a delegate of either side, in pairs that match")
  void interest() {
    String need = capacity.need("delegate-mwi", CapacityFixtures.need(YEAR));
    String offer = capacity.offer("ps-contoso", CapacityFixtures.offer(YEAR));
    String french = capacity.offer("ps-contoso", CapacityFixtures.offer(YEAR).put("languages", new JsonArray().add("fr")));

    assertTrue(capacity.propose("ac-institute", need, offer).expectProblem(403).contains("Malawi"));
    capacity.propose("member-fra", need, offer).expectProblem(403);
    capacity.propose("cs-pending", need, offer).expectProblem(403);
    api.anonymous().post("/capacity/engagements", new JsonObject().put("needId", need).put("offerId", offer))
        .expectProblem(401);

    Response notAMatch = capacity.propose("delegate-mwi", need, french);
    assertTrue(notAMatch.expectProblem(409).contains("language rule"), notAMatch.body());
    assertEquals(new JsonArray().add("language"), notAMatch.json().getJsonArray("excludedBy"));

    String engagement = capacity.engagement("delegate-mwi", need, offer);
    Response again = capacity.propose("ps-contoso", need, offer);
    again.expectProblem(409);
    assertEquals(engagement, again.json().getString("engagementId"));

    capacity.propose("delegate-mwi", need, "00000000-0000-4000-8000-000000000000").expectProblem(404);
    capacity.propose("delegate-mwi", "00000000-0000-4000-8000-000000000000", offer).expectProblem(404);
  }

  @Test
  @DisplayName("Steps out of order are refused; a declined pair stays declined")
  void order() {
    String need = capacity.need("delegate-mwi", CapacityFixtures.need(YEAR));
    String offer = capacity.offer("delegate-est", CapacityFixtures.offer(YEAR));
    String engagement = capacity.engagement("delegate-est", need, offer);
    assertTrue(capacity.step("delegate-est", engagement, "start", NO_BODY).expectProblem(409).contains("proposed"));
    capacity.step("delegate-mwi", engagement, "complete", new JsonObject().put("outcome", "Done")).expectProblem(409);

    JsonObject declined = capacity.step("delegate-mwi", engagement, "decline",
        new JsonObject().put("reason", "Another partner was chosen.")).expect(200).json();
    assertEquals("declined", declined.getString("status"));
    assertEquals("Another partner was chosen.", declined.getJsonArray("history").getJsonObject(1).getString("note"));
    capacity.step("delegate-mwi", engagement, "accept", NO_BODY).expectProblem(409);
    capacity.propose("delegate-est", need, offer).expectProblem(409);
  }

  @Test
  @DisplayName("Both sides confirm the start, then both confirm completion with an outcome note each; members do not"
      + " speak for their State")
  void delivery() {
    String need = capacity.need("delegate-fra", CapacityFixtures.need(YEAR).put("title", "France's need"));
    String offer = capacity.offer("delegate-est", CapacityFixtures.offer(YEAR));
    String engagement = capacity.engagement("delegate-est", need, offer);
    capacity.step("member-fra", engagement, "accept", NO_BODY).expectProblem(403);
    capacity.step("delegate-fra", engagement, "accept", NO_BODY).expect(200);
    capacity.step("delegate-fra", engagement, "accept", NO_BODY).expectProblem(409);
    capacity.step("ps-contoso", engagement, "start", NO_BODY).expectProblem(403);
    JsonObject halfStarted = capacity.step("delegate-fra", engagement, "start",
        new JsonObject().put("note", "Kick-off in Tallinn")).expect(200).json();
    assertEquals("agreed", halfStarted.getString("status"), "the start waits for Estonia");
    assertEquals(new JsonArray().add("provider"), halfStarted.getJsonArray("waitingFor"));
    capacity.step("member-fra", engagement, "start", NO_BODY).expectProblem(403);
    capacity.step("delegate-est", engagement, "complete", new JsonObject().put("outcome", "Early")).expectProblem(409);
    assertEquals("in-progress", capacity.step("delegate-est", engagement, "start", NO_BODY).expect(200).json()
        .getString("status"));
    capacity.step("delegate-est", engagement, "complete", NO_BODY).expectProblem(400);
    capacity.step("delegate-est", engagement, "complete", new JsonObject().put("outcome", "   ")).expectProblem(400);
    capacity.step("delegate-est", engagement, "complete", new JsonObject().put("outcome", "x".repeat(5001)))
        .expectProblem(400);
    JsonObject halfCompleted = capacity.step("delegate-est", engagement, "complete",
        new JsonObject().put("outcome", "Two exercises held.")).expect(200).json();
    assertEquals("in-progress", halfCompleted.getString("status"), "completion waits for France");
    assertEquals(new JsonArray().add("state"), halfCompleted.getJsonArray("waitingFor"));
    JsonObject completed = capacity.step("delegate-fra", engagement, "complete",
        new JsonObject().put("outcome", "France's CERT ran both exercises.")).expect(200).json();
    JsonObject completion = completed.getJsonObject("confirmations").getJsonObject("completion");
    assertEquals("Two exercises held.", completion.getJsonObject("provider").getString("outcome"));
    assertEquals("France's CERT ran both exercises.", completion.getJsonObject("state").getString("outcome"));
    assertTrue(completed.containsKey("startedAt") && completed.containsKey("completedAt"));
    assertEquals(new JsonArray(), completed.getJsonArray("waitingFor"));
  }

  @Test
  @DisplayName("The proposer withdraws its proposal (the other side cannot); a withdrawn pair stays withdrawn")
  void withdrawal() {
    String need = capacity.need("delegate-idn", CapacityFixtures.need(YEAR));
    String offer = capacity.offer("delegate-est", CapacityFixtures.offer(YEAR));
    String engagement = capacity.engagement("delegate-idn", need, offer);
    String detail = capacity.step("delegate-est", engagement, "withdraw", NO_BODY).expectProblem(403);
    assertTrue(detail.contains("Only Indonesia, which proposed this engagement, withdraws it"), detail);
    capacity.step("ps-contoso", engagement, "withdraw", NO_BODY).expectProblem(403);
    JsonObject withdrawn = capacity.step("delegate-idn", engagement, "withdraw",
        new JsonObject().put("reason", "Our ministry found a partner in the region.")).expect(200).json();
    assertEquals("withdrawn", withdrawn.getString("status"));
    assertTrue(withdrawn.containsKey("withdrawnAt"));
    JsonObject step = withdrawn.getJsonArray("history").getJsonObject(1);
    assertEquals("withdrawn", step.getString("step"));
    assertEquals("Our ministry found a partner in the region.", step.getString("note"));
    assertTrue(capacity.step("delegate-est", engagement, "accept", NO_BODY).expectProblem(409).contains("withdrawn"));
    capacity.step("delegate-idn", engagement, "withdraw", NO_BODY).expectProblem(409);
    capacity.propose("delegate-est", need, offer).expectProblem(409);
    assertEquals(0, api.get("/capacity/offers/" + offer).json().getInteger("committed"));
  }

  @Test
  @DisplayName("Agreements use up the offer's capacity: a full offer leaves the matches and cannot be agreed again")
  void capacityRunsOut() {
    String offer = capacity.offer("delegate-est", CapacityFixtures.offer(YEAR).put("capacity", 1));
    String first = capacity.need("delegate-mwi", CapacityFixtures.need(YEAR));
    String second = capacity.need("delegate-idn", CapacityFixtures.need(YEAR));
    String toSecond = capacity.engagement("delegate-est", second, offer);
    assertTrue(CapacityFixtures.indexOf(capacity.matches(null, first), "offer", offer) >= 0);

    capacity.step("delegate-mwi", capacity.engagement("delegate-est", first, offer), "accept", NO_BODY).expect(200);
    assertEquals(-1, CapacityFixtures.indexOf(capacity.matches(null, second), "offer", offer), "full: not a match");
    String detail = capacity.step("delegate-idn", toSecond, "accept", NO_BODY).expectProblem(409);
    assertTrue(detail.contains("all agreed"), detail);
    assertEquals(new JsonArray().add("capacity"),
        api.get("/capacity/needs/" + second + "/matches/" + offer).json().getJsonArray("excludedBy"));
  }

  @Test
  @DisplayName("A closed offer or a closed need cannot be agreed")
  void closedListings() {
    String need = capacity.need("delegate-mwi", CapacityFixtures.need(YEAR));
    String offer = capacity.offer("delegate-eu", CapacityFixtures.offer(YEAR));
    String engagement = capacity.engagement("delegate-eu", need, offer);
    api.as("delegate-eu").patch("/capacity/offers/" + offer, new JsonObject().put("status", "closed")).expect(200);
    assertTrue(capacity.step("delegate-mwi", engagement, "accept", NO_BODY).expectProblem(409).contains("closed"));
    api.as("delegate-eu").patch("/capacity/offers/" + offer, new JsonObject().put("status", "open")).expect(200);
    api.as("delegate-mwi").patch("/capacity/needs/" + need, new JsonObject().put("status", "closed")).expect(200);
    assertTrue(capacity.step("delegate-mwi", engagement, "accept", NO_BODY).expectProblem(409).contains("need"));
    String fresh = capacity.need("delegate-mwi", CapacityFixtures.need(YEAR));
    String another = capacity.offer("delegate-eu", CapacityFixtures.offer(YEAR));
    assertTrue(capacity.propose("delegate-eu", need, another).expectProblem(409).contains("the need is closed"));
    assertEquals("proposed", capacity.propose("delegate-eu", fresh, another).expect(201).json().getString("status"));
  }

  @Test
  @DisplayName("Each party lists its engagements, filtered by status")
  void lists() {
    String need = capacity.need("delegate-bra", CapacityFixtures.need(YEAR));
    String offer = capacity.offer("ac-institute", CapacityFixtures.offer(YEAR));
    String engagement = capacity.engagement("ac-institute", need, offer);
    List<String> proposed = api.as("delegate-bra").get("/capacity/engagements?status=proposed&limit=500").expect(200)
        .items().stream().map(e -> ((JsonObject) e).getString("id")).toList();
    assertTrue(proposed.contains(engagement));
    assertTrue(api.as("delegate-bra").get("/capacity/engagements?status=agreed&limit=500").items().stream()
        .noneMatch(e -> ((JsonObject) e).getString("id").equals(engagement)));
    assertTrue(api.as("ac-institute").get("/capacity/engagements?offerId=" + offer).body().contains(engagement));
  }
}
