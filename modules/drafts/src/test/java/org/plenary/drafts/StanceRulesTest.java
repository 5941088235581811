package org.plenary.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Drafting;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Stances: State delegates, one current stance per State, history, and intergovernmental delegates")
class StanceRulesTest {

  private final Api api = TestServer.api();
  private final Drafting drafting = new Drafting(api);

  @Test
  @DisplayName("A stakeholder recording a stance gets 403, as do delegation members and moderators")
  void onlyStateDelegates() {
    JsonObject draft = drafting.zeroDraft(1);
    String thread = Drafting.thread(draft);
    String paragraph = Drafting.paragraph(draft, 1);
    String detail = drafting.stance("cs-opennet", thread, paragraph, "support").expectProblem(403);
    assertTrue(detail.contains("State delegates"), detail);
    for (String persona : new String[] {"ps-contoso", "member-fra", "moderator", "secretariat"}) {
      drafting.stance(persona, thread, paragraph, "object").expectProblem(403);
    }
    api.anonymous().post("/drafts/" + thread + "/paragraphs/" + paragraph + "/stances",
        new JsonObject().put("stance", "support")).expectProblem(401);
    assertTrue(drafting.consensus(thread, paragraph).getJsonArray("objections").isEmpty(), "nothing was recorded");
  }

  @Test
  @DisplayName("A stance on a paragraph of another draft gets 404, as does one on a thread that is not a draft")
  void paragraphOfAnotherDraft() {
    JsonObject mine = drafting.zeroDraft(2);
    JsonObject other = drafting.zeroDraft(2);
    String detail = drafting.stance("delegate-fra", Drafting.thread(mine), Drafting.paragraph(other, 1), "support")
        .expectProblem(404);
    assertTrue(detail.contains("no paragraph"), detail);
    drafting.stance("delegate-fra", Drafting.thread(mine), UUID.randomUUID().toString(), "support").expectProblem(404);
    String discussion = Dialogue.on(api).openThread("delegate-fra", "norms");
    drafting.stance("delegate-fra", discussion, Drafting.paragraph(mine, 1), "support").expectProblem(404);
    assertTrue(drafting.consensus(Drafting.thread(other), Drafting.paragraph(other, 1)).getJsonArray("support").isEmpty());
  }

  @Test
  @DisplayName("A State that changes its stance has one current stance; the change is kept in the history")
  void historyOfChanges() {
    JsonObject draft = drafting.zeroDraft(1);
    String thread = Drafting.thread(draft);
    String paragraph = Drafting.paragraph(draft, 1);
    api.as("delegate-bra").post("/drafts/" + thread + "/paragraphs/" + paragraph + "/stances",
        new JsonObject().put("stance", "reserve").put("explanation", "Awaiting instructions from capital.")).expect(201);
    drafting.stance("delegate-bra", thread, paragraph, "support").expect(201);
    JsonObject tracker = drafting.consensus(thread, paragraph);
    assertEquals(1, tracker.getJsonArray("support").size());
    assertTrue(tracker.getJsonArray("reservations").isEmpty());

    JsonArray history = api.get("/drafts/" + thread + "/paragraphs/" + paragraph + "/stances?state=BRA").expect(200).items();
    assertEquals(2, history.size());
    assertEquals("support", history.getJsonObject(0).getString("stance"));
    assertTrue(history.getJsonObject(0).getBoolean("current"));
    assertEquals("reserve", history.getJsonObject(1).getString("stance"));
    assertFalse(history.getJsonObject(1).getBoolean("current"));
    assertEquals("Awaiting instructions from capital.", history.getJsonObject(1).getString("explanation"));
  }

  @Test
  @DisplayName("The EU's delegate records a stance for its members, but not over France's own; France's own replaces the EU's")
  void onBehalfOfMembers() {
    JsonObject draft = drafting.zeroDraft(1);
    String thread = Drafting.thread(draft);
    String paragraph = Drafting.paragraph(draft, 1);
    String path = "/drafts/" + thread + "/paragraphs/" + paragraph + "/stances";
    drafting.stance("delegate-fra", thread, paragraph, "object").expect(201);
    JsonObject recorded = api.as("delegate-eu").post(path, new JsonObject().put("stance", "support")).expect(201).json();
    assertEquals(26, recorded.getJsonArray("recordedFor").size());
    assertEquals(new JsonArray().add("FRA"), recorded.getJsonArray("keptTheirOwn"));
    JsonObject estonia = recorded.getJsonObject("consensus").getJsonArray("support").stream().map(JsonObject.class::cast)
        .filter(s -> "EST".equals(s.getJsonObject("state").getString("id"))).findFirst().orElseThrow();
    assertEquals("EU", estonia.getString("recordedVia"));

    drafting.stance("delegate-est", thread, paragraph, "reserve").expect(201);
    api.as("delegate-eu").post(path, new JsonObject().put("stance", "object")).expect(201);
    JsonObject tracker = drafting.consensus(thread, paragraph);
    assertEquals(new JsonArray().add("EST"), Drafting.states(tracker.getJsonArray("reservations")), "Estonia's own stands");

    String detail = api.as("delegate-eu").post(path, new JsonObject().put("stance", "support")
        .put("onBehalfOf", new JsonArray().add("DEU").add("RUS"))).expectProblem(400);
    assertTrue(detail.contains("RUS"), detail);
    api.as("delegate-fra").post(path, new JsonObject().put("stance", "support")
        .put("onBehalfOf", new JsonArray().add("DEU"))).expectProblem(400);
  }

  @Test
  @DisplayName("A paragraph removed in Rev.1, or a locked draft, takes no stance (409)")
  void removedOrLocked() {
    JsonObject draft = drafting.zeroDraft(2);
    String thread = Drafting.thread(draft);
    String removed = Drafting.paragraph(draft, 2);
    JsonArray onlyFirst = new JsonArray().add(Drafting.revise(draft, Map.of()).getJsonObject(0));
    drafting.publish(thread, onlyFirst);
    String detail = drafting.stance("delegate-fra", thread, removed, "support").expectProblem(409);
    assertTrue(detail.contains("removed"), detail);

    api.as("moderator").patch("/threads/" + thread, new JsonObject().put("status", "locked").put("reason", "Recess."))
        .expect(200);
    detail = drafting.stance("delegate-fra", thread, Drafting.paragraph(draft, 1), "support").expectProblem(409);
    assertTrue(detail.contains("locked"), detail);
  }

  @Test
  @DisplayName("A draft for States only is invisible (404) to stakeholders, and its stances with it")
  void statesOnlyDraft() {
    String thread = drafting.openDraft(new JsonObject().put("audience", "states"));
    JsonObject draft = drafting.publish(thread, new JsonArray().add(new JsonObject().put("text", "Restricted text.")));
    drafting.stance("delegate-idn", thread, Drafting.paragraph(draft, 1), "support").expect(201);
    api.as("cs-opennet").get("/drafts/" + thread).expectProblem(404);
    api.as("cs-opennet").get("/drafts/" + thread + "/consensus").expectProblem(404);
    api.anonymous().get("/drafts/" + thread + "/paragraphs/" + Drafting.paragraph(draft, 1) + "/stances").expectProblem(404);
    api.as("delegate-eu").get("/drafts/" + thread).expect(200);
  }
}
