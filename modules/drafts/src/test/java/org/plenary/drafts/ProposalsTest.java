package org.plenary.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Drafting;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Proposals: tabled by a State for itself; other States sponsor only through their own delegates")
class ProposalsTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  private static JsonObject request() {
    return new JsonObject().put("title", "Programme of action to advance responsible State behaviour")
        .put("text", "Decides to establish a programme of action ...");
  }

  private JsonObject table(String thread) {
    return api.as("delegate-fra").post("/threads/" + thread + "/proposals", request()).expect(201).json();
  }

  @Test
  @DisplayName("France circulates a proposal; Estonia and Malawi join before France tables it and are its original sponsors; Brazil and Indonesia join later; the list shows both, with dates")
  void originalAndLaterSponsors() {
    String thread = dialogue.openThread("delegate-fra", "institutional-dialogue");
    JsonObject circulated = api.as("delegate-fra").post("/threads/" + thread + "/proposals",
        request().put("circulate", true)).expect(201).json();
    String id = circulated.getString("id");
    assertEquals("circulated", circulated.getString("status"));
    assertFalse(circulated.containsKey("tabledAt"));
    assertEquals("FRA", circulated.getJsonObject("tabledBy").getString("id"));
    api.as("delegate-est").post("/proposals/" + id + "/sponsors").expect(200);
    api.as("delegate-mwi").post("/proposals/" + id + "/sponsors").expect(200);
    api.as("delegate-est").post("/proposals/" + id + "/table").expectProblem(403);

    JsonObject tabled = api.as("delegate-fra").post("/proposals/" + id + "/table").expect(200).json();
    assertEquals("tabled", tabled.getString("status"));
    assertEquals(new JsonArray().add("FRA").add("EST").add("MWI"), Drafting.states(tabled.getJsonArray("originalSponsors")));
    api.as("delegate-fra").post("/proposals/" + id + "/table").expectProblem(409);
    api.as("delegate-bra").post("/proposals/" + id + "/sponsors").expect(200);
    JsonObject joined = api.as("delegate-idn").post("/proposals/" + id + "/sponsors").expect(200).json();

    JsonArray later = joined.getJsonArray("laterSponsors");
    assertEquals(new JsonArray().add("BRA").add("IDN"), Drafting.states(later));
    Instant tabledAt = Instant.parse(joined.getString("tabledAt"));
    assertTrue(!Instant.parse(later.getJsonObject(0).getString("joinedAt")).isBefore(tabledAt), "joined after tabling");
    assertTrue(Instant.parse(joined.getJsonArray("originalSponsors").getJsonObject(2).getString("joinedAt"))
        .isBefore(tabledAt), "joined before tabling");
    assertEquals(5, joined.getInteger("sponsorCount"));

    api.as("delegate-bra").post("/proposals/" + id + "/sponsors").expectProblem(409);
    JsonArray listed = api.anonymous().get("/threads/" + thread + "/proposals?sponsor=IDN").expect(200).items();
    assertEquals(id, listed.getJsonObject(0).getString("id"));
    assertTrue(api.anonymous().get("/threads/" + thread + "/proposals?sponsor=RUS").expect(200).items().isEmpty());
  }

  @Test
  @DisplayName("A delegate names no other State as sponsor: the tabling State alone sponsors until others join themselves")
  void noSponsorsByAnotherState() {
    String thread = dialogue.openThread("delegate-fra", "institutional-dialogue");
    String detail = api.as("delegate-fra").post("/threads/" + thread + "/proposals",
        request().put("originalSponsors", new JsonArray().add("DEU").add("EST"))).expectProblem(400);
    assertTrue(detail.contains("originalSponsors"), detail);
    assertTrue(api.anonymous().get("/threads/" + thread + "/proposals").expect(200).items().isEmpty(), "nothing written");

    JsonObject tabled = table(thread);
    assertEquals(new JsonArray().add("FRA"), Drafting.states(tabled.getJsonArray("originalSponsors")));
    assertEquals(1, tabled.getInteger("sponsorCount"));
    assertTrue(api.anonymous().get("/threads/" + thread + "/proposals?sponsor=EST").expect(200).items().isEmpty());
  }

  @Test
  @DisplayName("Only State delegates table and co-sponsor")
  void onlyStates() {
    String thread = dialogue.openThread("delegate-fra", "institutional-dialogue");
    api.as("cs-opennet").post("/threads/" + thread + "/proposals", request()).expectProblem(403);
    api.as("delegate-eu").post("/threads/" + thread + "/proposals", request()).expectProblem(403);
    api.as("member-fra").post("/threads/" + thread + "/proposals", request()).expectProblem(403);
    String id = table(thread).getString("id");
    api.as("ps-contoso").post("/proposals/" + id + "/sponsors").expectProblem(403);
    api.as("delegate-eu").post("/proposals/" + id + "/sponsors").expectProblem(403);
  }

  @Test
  @DisplayName("A sponsor withdraws its sponsorship; the tabling State withdraws the proposal, which then takes no sponsor")
  void withdrawals() {
    String thread = dialogue.openThread("delegate-fra", "institutional-dialogue");
    String id = table(thread).getString("id");
    api.as("delegate-est").post("/proposals/" + id + "/sponsors").expect(200);
    api.as("delegate-fra").delete("/proposals/" + id + "/sponsors/FRA").expectProblem(409);
    api.as("delegate-fra").delete("/proposals/" + id + "/sponsors/EST").expectProblem(403);
    JsonObject left = api.as("delegate-est").delete("/proposals/" + id + "/sponsors/EST").expect(200).json();
    assertEquals(1, left.getInteger("sponsorCount"));
    api.as("delegate-est").post("/proposals/" + id + "/withdraw").expectProblem(403);
    assertEquals("withdrawn", api.as("delegate-fra").post("/proposals/" + id + "/withdraw").expect(200).json()
        .getString("status"));
    api.as("delegate-mwi").post("/proposals/" + id + "/sponsors").expectProblem(409);
    api.as("delegate-fra").post("/proposals/" + id + "/table").expectProblem(409);
    assertEquals(1, api.get("/threads/" + thread + "/proposals?status=withdrawn").expect(200).items().size());
  }

  @Test
  @DisplayName("A proposal in a thread for States only is a 404 for stakeholders")
  void statesOnly() {
    String thread = dialogue.openThread("delegate-fra", "international-law", new JsonObject().put("audience", "states"));
    String id = table(thread).getString("id");
    api.as("cs-opennet").get("/proposals/" + id).expectProblem(404);
    api.as("cs-opennet").get("/threads/" + thread + "/proposals").expectProblem(404);
    api.as("delegate-mwi").get("/proposals/" + id).expect(200);
  }
}
