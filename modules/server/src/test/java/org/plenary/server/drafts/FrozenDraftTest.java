package org.plenary.server.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.server.support.Api;
import org.plenary.server.support.PlenaryTest;
import org.plenary.server.support.TestServer;

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
}
