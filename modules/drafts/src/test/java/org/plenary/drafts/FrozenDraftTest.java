package org.plenary.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Drafting;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A closed draft keeps its record: nothing in it is withdrawn, joined or left")
class FrozenDraftTest {

  private final Api api = TestServer.api();
  private final Drafting drafting = new Drafting(api);

  @Test
  @DisplayName("Once the moderator closes the draft, France cannot withdraw its amendment, Estonia cannot join or leave"
      + " the proposal, France cannot withdraw it; reopened, they can")
  void closedDraft() {
    JsonObject draft = drafting.zeroDraft(2);
    String thread = Drafting.thread(draft);
    String paragraph = Drafting.paragraph(draft, 1);
    long amendment = drafting.amend("delegate-fra", thread, paragraph, "A text France would rather see.");
    String proposal = api.as("delegate-fra").post("/threads/" + thread + "/proposals", new JsonObject()
        .put("title", "Programme of action").put("text", "Decides to establish a programme of action.")
        .put("circulate", true)).expect(201).json().getString("id");
    api.as("delegate-bra").post("/proposals/" + proposal + "/sponsors").expect(200);

    api.as("moderator").patch("/threads/" + thread, new JsonObject().put("status", "closed")
        .put("reason", "Negotiations on this text have concluded.")).expect(200);

    JsonObject refused = api.as("delegate-fra").post("/drafts/" + thread + "/amendments/" + amendment + "/withdraw")
        .expect(409).json();
    assertEquals("/problems/record-frozen", refused.getString("type"));
    assertTrue(refused.getString("detail").contains("the thread is closed"), refused.encode());
    api.as("delegate-est").post("/proposals/" + proposal + "/sponsors").expectProblem(409);
    api.as("delegate-bra").delete("/proposals/" + proposal + "/sponsors/BRA").expectProblem(409);
    api.as("delegate-fra").post("/proposals/" + proposal + "/table").expectProblem(409);
    api.as("delegate-fra").post("/proposals/" + proposal + "/withdraw").expectProblem(409);
    assertEquals("proposed", Drafting.amendment(api.anonymous(), thread, paragraph, amendment).getString("status"));
    assertEquals("circulated", api.anonymous().get("/proposals/" + proposal).expect(200).json().getString("status"));

    api.as("moderator").patch("/threads/" + thread, new JsonObject().put("status", "open")
        .put("reason", "Reopened at the request of the Chair.")).expect(200);
    api.as("delegate-est").post("/proposals/" + proposal + "/sponsors").expect(200);
    assertEquals("withdrawn", api.as("delegate-fra")
        .post("/drafts/" + thread + "/amendments/" + amendment + "/withdraw").expect(200).json().getString("status"));
  }

  @Test
  @DisplayName("Once the draft's closing time has passed, its status still open, the moderator neither marks Brazil's"
      + " amendment not retained nor publishes Rev.1, and nothing is added; moved later, the draft takes them again")
  void pastItsClosingTime() {
    String thread = drafting.openDraft(new JsonObject().put("closesAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
    JsonObject draft = drafting.publish(thread, new JsonArray().add(new JsonObject().put("text", "Paragraph 1.")));
    String paragraph = Drafting.paragraph(draft, 1);
    long amendment = drafting.amend("delegate-bra", thread, paragraph, "Paragraph 1, as Brazil would have it.");
    api.as("moderator").patch("/threads/" + thread, new JsonObject()
        .put("closesAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString())).expect(200);

    String notRetain = "/drafts/" + thread + "/amendments/" + amendment + "/not-retained";
    JsonObject refused = api.as("moderator").post(notRetain).expect(409).json();
    assertEquals("/problems/record-frozen", refused.getString("type"));
    assertTrue(refused.getString("detail").contains("closed at"), refused.encode());
    JsonObject rev1 = new JsonObject().put("paragraphs", Drafting.revise(draft, java.util.Map.of(1, "Paragraph 1, revised.")));
    assertEquals("/problems/record-frozen", api.as("moderator").post("/drafts/" + thread + "/versions", rev1)
        .expect(409).json().getString("type"));
    String stances = "/drafts/" + thread + "/paragraphs/" + paragraph + "/stances";
    assertEquals("/problems/record-frozen", api.as("delegate-bra").post(stances, new JsonObject().put("stance", "support"))
        .expect(409).json().getString("type"));
    assertEquals("proposed", Drafting.amendment(api.anonymous(), thread, paragraph, amendment).getString("status"));
    assertEquals(1, api.anonymous().get("/drafts/" + thread).expect(200).json().getJsonArray("versions").size(),
        "no Rev.1");

    api.as("moderator").patch("/threads/" + thread, new JsonObject()
        .put("closesAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())).expect(200);
    assertEquals("not-retained", api.as("moderator").post(notRetain).expect(200).json().getString("status"));
  }
}
