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
import org.plenary.testing.Delegations;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Comments, amendments and dissociations on the paragraphs of a draft")
class ParagraphContributionsTest {

  private final Api api = TestServer.api();
  private final Drafting drafting = new Drafting(api);

  @Test
  @DisplayName("Participants comment on a paragraph; a stakeholder not accredited may not; comments follow revisions")
  void comments() {
    JsonObject draft = drafting.zeroDraft(2);
    String thread = Drafting.thread(draft);
    String path = "/drafts/" + thread + "/paragraphs/" + Drafting.paragraph(draft, 1) + "/comments";
    JsonObject comment = api.as("member-fra").post(path, new JsonObject().put("body", "France could accept this.")).expect(201).json();
    assertEquals("France", comment.getJsonObject("organization").getString("name"));
    assertEquals("Zero draft", comment.getJsonObject("madeOn").getString("label"));
    api.as("cs-pending").post(path, new JsonObject().put("body", "We would like to comment.")).expectProblem(403);
    api.as("cs-opennet").post(path, new JsonObject().put("colour", "blue")).expectProblem(400);

    drafting.publish(thread, Drafting.revise(draft, Map.of(1, "Paragraph 1, revised.")));
    JsonArray comments = api.anonymous().get(path).expect(200).items();
    assertEquals(1, comments.size());
    assertFalse(comments.getJsonObject(0).getBoolean("onCurrentText"), "made on the zero draft's wording");
  }

  @Test
  @DisplayName("A delegate proposes an amendment, shown as a diff against the current text; members may not; authors withdraw")
  void amendments() {
    JsonObject draft = drafting.zeroDraft(1);
    String thread = Drafting.thread(draft);
    String path = "/drafts/" + thread + "/paragraphs/" + Drafting.paragraph(draft, 1) + "/amendments";
    JsonObject proposal = new JsonObject().put("text", "Paragraph 1 of the revised zero draft.")
        .put("explanation", "Clarity.");
    api.as("member-fra").post(path, proposal).expectProblem(403);
    api.as("cs-opennet").post(path, new JsonObject().put("text", "Paragraph 1 of the zero  draft.")).expectProblem(400);
    JsonObject amendment = api.as("cs-opennet").post(path, proposal).expect(201).json();
    assertEquals(new JsonArray()
        .add(new JsonObject().put("op", "equal").put("text", "Paragraph 1 of the "))
        .add(new JsonObject().put("op", "insert").put("text", "revised "))
        .add(new JsonObject().put("op", "equal").put("text", "zero draft.")), amendment.getJsonArray("diff"));

    String withdraw = "/drafts/" + thread + "/amendments/" + amendment.getLong("id") + "/withdraw";
    api.as("delegate-fra").post(withdraw).expectProblem(403);
    assertEquals("withdrawn", api.as("cs-opennet").post(withdraw).expect(200).json().getString("status"));
    api.as("cs-opennet").post(withdraw).expectProblem(409);
    api.as("cs-opennet").post("/drafts/" + drafting.zeroDraft(1).getString("threadId") + "/amendments/"
        + amendment.getLong("id") + "/withdraw").expectProblem(404);
    assertTrue(api.get(path + "?status=proposed").expect(200).items().isEmpty());
    assertEquals(1, api.get(path + "?status=withdrawn").expect(200).items().size());
  }

  @Test
  @DisplayName("A stakeholder whose accreditation is withdrawn changes nothing any more: it neither withdraws its amendment nor comments")
  void withdrawnAccreditation() throws Exception {
    String organization = "org-" + UUID.randomUUID().toString().substring(0, 8);
    api.as("secretariat").post("/accreditations", new JsonObject().put("organizationId", organization)
        .put("name", "Organization " + organization).put("kind", "civil-society").put("country", "KEN")
        .put("website", "https://example.org/" + organization).put("ecosocStatus", true)
        .put("purpose", "Research on the security of ICTs and human rights online.")).expect(201);
    Api delegate = new Delegations(TestServer.running()).delegateOf(organization);
    JsonObject draft = drafting.zeroDraft(1);
    String thread = Drafting.thread(draft);
    String paragraph = "/drafts/" + thread + "/paragraphs/" + Drafting.paragraph(draft, 1);
    long amendment = delegate.post(paragraph + "/amendments", new JsonObject().put("text", "Paragraph 1, amended."))
        .expect(201).json().getLong("id");

    api.as("secretariat").post("/accredited-organizations/" + organization + "/withdrawal",
        new JsonObject().put("reason", "Breach of the code of conduct.")).expect(200);
    Response withdrawal = delegate.post("/drafts/" + thread + "/amendments/" + amendment + "/withdraw");
    withdrawal.expectProblem(403);
    assertEquals("/problems/not-accredited", withdrawal.json().getString("type"));
    delegate.post(paragraph + "/comments", new JsonObject().put("body", "Still here.")).expectProblem(403);
    assertEquals("proposed", api.get(paragraph + "/amendments").expect(200).items().getJsonObject(0).getString("status"));
  }

  @Test
  @DisplayName("Under the Chatham House Rule, readers see the constituency of a comment, never who made it")
  void chathamHouse() {
    String thread = drafting.openDraft(new JsonObject().put("chathamHouse", true));
    JsonObject draft = drafting.publish(thread, new JsonArray().add(new JsonObject().put("text", "Text.")));
    String path = "/drafts/" + thread + "/paragraphs/" + Drafting.paragraph(draft, 1) + "/comments";
    api.as("delegate-mwi").post(path, new JsonObject().put("body", "Malawi's view.")).expect(201);
    String seenByOthers = api.as("cs-opennet").get(path).expect(200).body();
    assertTrue(seenByOthers.contains("\"constituency\":\"state\""), seenByOthers);
    assertFalse(seenByOthers.contains("Malawi\"") || seenByOthers.contains("MWI") || seenByOthers.contains("author"),
        seenByOthers);
    assertTrue(api.as("moderator").get(path).body().contains("MWI"), "moderators see behind the rule");
  }

  @Test
  @DisplayName("Russia joins consensus but dissociates from §1: it stays agreed, with the dissociation shown")
  void dissociation() {
    JsonObject draft = drafting.zeroDraft(2);
    String thread = Drafting.thread(draft);
    String first = Drafting.paragraph(draft, 1);
    for (String persona : new String[] {"delegate-fra", "delegate-bra", "delegate-idn"}) {
      drafting.stance(persona, thread, first, "support").expect(201);
    }
    JsonObject request = new JsonObject().put("paragraphIds", new JsonArray().add(first))
        .put("explanation", "The Russian Federation does not consider itself bound by paragraph 1.");
    api.as("cs-opennet").put("/drafts/" + thread + "/dissociation", request).expectProblem(403);
    JsonObject dissociation = api.as("delegate-rus").put("/drafts/" + thread + "/dissociation", request).expect(200).json();
    assertEquals(1, dissociation.getJsonArray("paragraphs").getJsonObject(0).getInteger("number"));
    JsonObject tracker = drafting.consensus(thread, first);
    assertEquals("agreed", tracker.getString("status"));
    assertEquals("RUS", tracker.getJsonArray("dissociatedBy").getJsonObject(0).getString("id"));

    JsonObject foreign = new JsonObject().put("paragraphIds", new JsonArray().add(Drafting.paragraph(drafting.zeroDraft(1), 1)));
    api.as("delegate-rus").put("/drafts/" + thread + "/dissociation", foreign).expectProblem(400);
    api.as("delegate-rus").put("/drafts/" + thread + "/dissociation", new JsonObject().put("paragraphIds", new JsonArray()))
        .expect(200);
    assertTrue(drafting.consensus(thread, first).getJsonArray("dissociatedBy").isEmpty(), "withdrawn");
  }
}
