package org.plenary.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Drafting;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A draft under the Chatham House Rule: France objects, and only moderators, the Secretariat and France see that it was France")
class ChathamHouseDraftTest {

  private static final String OBJECTION = "The reference to attribution cannot be accepted by our delegation.";
  private static final String DISSOCIATION = "Our delegation does not consider itself bound by this paragraph.";
  private static final String SUPPORT = "Our delegation welcomes the reference to capacity-building.";

  private final Api api = TestServer.api();
  private final Drafting drafting = new Drafting(api);
  private String thread;
  private String first;
  private String second;
  private String proposal;

  @BeforeEach
  void franceObjects() {
    thread = drafting.openDraft(new JsonObject().put("chathamHouse", true));
    JsonObject draft = drafting.publish(thread, new JsonArray()
        .add(new JsonObject().put("text", "States condemned the attacks attributed to State actors."))
        .add(new JsonObject().put("text", "States welcomed capacity-building that is demand-driven.")));
    first = Drafting.paragraph(draft, 1);
    second = Drafting.paragraph(draft, 2);
    String stances = "/drafts/" + thread + "/paragraphs/";
    api.as("delegate-fra").post(stances + first + "/stances", new JsonObject().put("stance", "object")
        .put("explanation", OBJECTION)).expect(201);
    api.as("delegate-fra").post(stances + second + "/stances", new JsonObject().put("stance", "support")
        .put("explanation", SUPPORT)).expect(201);
    drafting.stance("delegate-bra", thread, first, "support").expect(201);
    api.as("delegate-fra").put("/drafts/" + thread + "/dissociation", new JsonObject()
        .put("paragraphIds", new JsonArray().add(second)).put("explanation", DISSOCIATION)).expect(200);
    api.as("delegate-fra").post(stances + first + "/comments", new JsonObject().put("body", "Delete the last sentence."))
        .expect(201);
    api.as("delegate-fra").post(stances + first + "/amendments", new JsonObject()
        .put("text", "States condemned the attacks against critical infrastructure.")).expect(201);
    proposal = api.as("delegate-fra").post("/threads/" + thread + "/proposals", new JsonObject()
        .put("title", "Programme of action").put("text", "Decides to establish a programme of action.")).expect(201)
        .json().getString("id");
    api.as("delegate-bra").post("/proposals/" + proposal + "/sponsors").expect(200);
  }

  /** Every response that shows the draft, its stances, dissociations, contributions and proposals. */
  private List<String> everything(Api reader) {
    String paragraph = "/drafts/" + thread + "/paragraphs/" + first;
    return List.of(
        reader.get("/drafts/" + thread).expect(200).body(),
        reader.get("/drafts/" + thread + "/consensus").expect(200).body(),
        reader.get(paragraph).expect(200).body(),
        reader.get("/drafts/" + thread + "/paragraphs/" + second).expect(200).body(),
        reader.get(paragraph + "/stances").expect(200).body(),
        reader.get("/drafts/" + thread + "/paragraphs/" + second + "/stances").expect(200).body(),
        reader.get(paragraph + "/comments").expect(200).body(),
        reader.get(paragraph + "/amendments").expect(200).body(),
        reader.get("/threads/" + thread + "/proposals").expect(200).body(),
        reader.get("/proposals/" + proposal).expect(200).body());
  }

  private static void assertNothingOfFrance(List<String> responses) {
    for (String body : responses) {
      for (String trace : new String[] {"FRA", "France", "Camille Laurent", OBJECTION, DISSOCIATION, SUPPORT}) {
        assertFalse(body.contains(trace), "'" + trace + "' in " + body);
      }
    }
  }

  @Test
  @DisplayName("cs-opennet, and the public, see constituencies and counts: no FRA, France, delegate or explanation anywhere")
  void stakeholdersSeeNoState() {
    assertNothingOfFrance(everything(api.as("cs-opennet")));
    assertNothingOfFrance(everything(api.anonymous()));

    JsonObject tracker = api.as("cs-opennet").get("/drafts/" + thread + "/consensus").expect(200).json();
    JsonObject contested = tracker.getJsonArray("paragraphs").getJsonObject(0);
    assertEquals("contested", contested.getString("status"));
    assertEquals(1, contested.getInteger("objectionCount"));
    assertEquals(1, contested.getInteger("supportCount"));
    assertTrue(contested.getJsonArray("objections").isEmpty() && contested.getJsonArray("support").isEmpty());
    assertFalse(contested.containsKey("supportingGroups"), "groups narrow down who supports");
    assertEquals(1, tracker.getJsonArray("paragraphs").getJsonObject(1).getInteger("dissociationCount"));
    assertTrue(tracker.getJsonArray("dissociations").isEmpty());
    JsonObject history = api.as("cs-opennet").get("/drafts/" + thread + "/paragraphs/" + first + "/stances")
        .expect(200).items().getJsonObject(1);
    assertEquals("state", history.getString("constituency"));
    assertEquals("object", history.getString("stance"));
    JsonObject listed = api.as("cs-opennet").get("/proposals/" + proposal).expect(200).json();
    assertEquals(2, listed.getInteger("sponsorCount"));
    assertFalse(listed.containsKey("tabledBy"));
  }

  @Test
  @DisplayName("Listing stances or proposals by State is refused under the rule, except for one's own State")
  void noListingByState() {
    Response byState = api.as("cs-opennet").get("/drafts/" + thread + "/paragraphs/" + first + "/stances?state=FRA");
    byState.expectProblem(403);
    assertEquals("/problems/chatham-house-rule", byState.json().getString("type"));
    api.anonymous().get("/threads/" + thread + "/proposals?sponsor=FRA").expectProblem(403);
    api.as("delegate-bra").get("/threads/" + thread + "/proposals?sponsor=FRA").expectProblem(403);
    assertEquals(1, api.as("delegate-bra").get("/threads/" + thread + "/proposals?sponsor=BRA").expect(200).items().size());
    assertEquals(1, api.as("delegate-fra").get("/drafts/" + thread + "/paragraphs/" + first + "/stances?state=FRA")
        .expect(200).items().size());
  }

  @Test
  @DisplayName("Brazil sees its own entries but not France's; France sees its own")
  void ownEntries() {
    assertNothingOfFrance(everything(api.as("delegate-bra")));
    JsonObject seenByBrazil = drafting.stance("delegate-bra", thread, first, "support").expect(201).json()
        .getJsonObject("consensus");
    assertEquals(new JsonArray().add("BRA"), Drafting.states(seenByBrazil.getJsonArray("support")));
    assertTrue(seenByBrazil.getJsonArray("objections").isEmpty());

    JsonObject seenByFrance = api.as("delegate-fra").get("/drafts/" + thread + "/consensus").expect(200).json();
    JsonObject objection = seenByFrance.getJsonArray("paragraphs").getJsonObject(0).getJsonArray("objections")
        .getJsonObject(0);
    assertEquals("FRA", objection.getJsonObject("state").getString("id"));
    assertEquals(OBJECTION, objection.getString("explanation"));
    assertTrue(seenByFrance.getJsonArray("paragraphs").getJsonObject(0).getJsonArray("support").isEmpty(),
        "not Brazil's support");
    assertEquals(DISSOCIATION, seenByFrance.getJsonArray("dissociations").getJsonObject(0).getString("explanation"));
    assertEquals("France", api.as("member-fra").get("/drafts/" + thread + "/paragraphs/" + first + "/comments")
        .expect(200).items().getJsonObject(0).getJsonObject("organization").getString("name"));
  }

  @Test
  @DisplayName("The moderator and the Secretariat still see every State, delegate and explanation")
  void moderatorsSeeEverything() {
    for (String persona : new String[] {"moderator", "secretariat"}) {
      List<String> seen = everything(api.as(persona));
      assertTrue(seen.get(1).contains("\"FRA\"") && seen.get(1).contains(OBJECTION) && seen.get(1).contains(DISSOCIATION),
          seen.get(1));
      assertTrue(seen.get(4).contains(OBJECTION), seen.get(4));
      assertTrue(seen.get(6).contains("Camille Laurent"), seen.get(6));
      assertTrue(seen.get(9).contains("\"tabledBy\":{\"id\":\"FRA\""), seen.get(9));
    }
    JsonObject tracker = api.as("moderator").get("/drafts/" + thread + "/consensus").expect(200).json();
    assertEquals(new JsonArray().add("latin-american-caribbean"),
        tracker.getJsonArray("paragraphs").getJsonObject(0).getJsonArray("supportingGroups"));
  }
}
