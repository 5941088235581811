package org.plenary.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Drafting;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Amendments across revisions: incorporated by the version that adopts them, not retained, or still proposed on a removed paragraph")
class AmendmentOutcomesTest {

  private final Api api = TestServer.api();
  private final Drafting drafting = new Drafting(api);

  @Test
  @DisplayName("The Chair's Rev.1 incorporates Brazil's amendment to §1 by name and Contoso's to §2 word for word, does not "
      + "retain Russia's, and removes §3, on which Indonesia's is still proposed; every list says so")
  void aRevisionDecides() {
    JsonObject draft = drafting.zeroDraft(3);
    String thread = Drafting.thread(draft);
    String first = Drafting.paragraph(draft, 1);
    String second = Drafting.paragraph(draft, 2);
    String third = Drafting.paragraph(draft, 3);
    long brazil = drafting.amend("delegate-bra", thread, first, "Paragraph 1 of the zero draft, with capacity-building.");
    long contoso = drafting.amend("ps-contoso", thread, second, "Paragraph 2, with the private sector as a partner.");
    long russia = drafting.amend("delegate-rus", thread, second, "Paragraph 2 is deleted.");
    long indonesia = drafting.amend("delegate-idn", thread, third, "Paragraph 3, shorter.");

    JsonArray rev1 = new JsonArray()
        .add(new JsonObject().put("id", first).put("incorporates", new JsonArray().add(brazil))
            .put("text", "Paragraph 1 of the zero draft, with capacity-building for developing countries."))
        .add(new JsonObject().put("id", second).put("text", "Paragraph 2, with the private  sector\nas a partner."));
    JsonObject published = api.as("chair").post("/drafts/" + thread + "/versions", new JsonObject()
        .put("paragraphs", rev1).put("notRetained", new JsonArray().add(russia))).expect(201).json();

    JsonObject decisions = published.getJsonObject("amendmentDecisions");
    assertEquals(Set.of(brazil + ":named", contoso + ":same-wording"), decisions.getJsonArray("incorporated").stream()
        .map(JsonObject.class::cast).map(d -> d.getLong("id") + ":" + d.getString("incorporation")).collect(Collectors.toSet()));
    assertEquals(russia, decisions.getJsonArray("notRetained").getJsonObject(0).getLong("id"));
    assertEquals(1, published.getJsonArray("removed").getJsonObject(0).getInteger("proposedAmendments"),
        "Rev.1 says an amendment was still proposed on the paragraph it removes");

    JsonObject adopted = Drafting.amendment(api.anonymous(), thread, first, brazil);
    assertEquals("incorporated", adopted.getString("status"));
    assertEquals("Rev.1", adopted.getJsonObject("incorporatedIn").getString("label"));
    assertEquals("named", adopted.getString("incorporation"));
    assertEquals("same-wording", Drafting.amendment(api.anonymous(), thread, second, contoso).getString("incorporation"));
    JsonObject notRetained = Drafting.amendment(api.anonymous(), thread, second, russia);
    assertEquals("not-retained", notRetained.getString("status"));
    assertEquals(1, notRetained.getJsonObject("notRetainedIn").getInteger("version"));
    assertFalse(notRetained.containsKey("incorporatedIn"));

    JsonObject stranded = Drafting.amendment(api.anonymous(), thread, third, indonesia);
    assertEquals("proposed", stranded.getString("status"));
    assertEquals("Rev.1", stranded.getJsonObject("paragraphRemovedIn").getString("label"));
    assertFalse(stranded.containsKey("diff"), "no current text to compare with");
    assertFalse(adopted.containsKey("paragraphRemovedIn"));

    String list = "/drafts/" + thread + "/paragraphs/" + second + "/amendments";
    assertEquals(contoso, api.get(list + "?status=incorporated").expect(200).items().getJsonObject(0).getLong("id"));
    assertEquals(russia, api.get(list + "?status=not-retained").expect(200).items().getJsonObject(0).getLong("id"));
    assertEquals(4, api.get("/drafts/" + thread + "/amendments").expect(200).items().size());
    JsonArray stillProposed = api.get("/drafts/" + thread + "/amendments?status=proposed").expect(200).items();
    assertEquals(1, stillProposed.size());
    assertEquals(indonesia, stillProposed.getJsonObject(0).getLong("id"));

    String detail = api.as("delegate-bra").post("/drafts/" + thread + "/amendments/" + brazil + "/withdraw")
        .expectProblem(409);
    assertTrue(detail.contains("incorporated in Rev.1"), detail);
  }

  @Test
  @DisplayName("A version naming an amendment of another paragraph or draft, under a paragraph it does not revise, one "
      + "withdrawn, one named twice, or one it adopts as not retained, is refused whole: nothing is published or decided")
  void refusedWhole() {
    JsonObject draft = drafting.zeroDraft(2);
    String thread = Drafting.thread(draft);
    String first = Drafting.paragraph(draft, 1);
    String second = Drafting.paragraph(draft, 2);
    long onFirst = drafting.amend("delegate-bra", thread, first, "Paragraph 1, amended by Brazil.");
    long onSecond = drafting.amend("delegate-rus", thread, second, "Paragraph 2, amended by Russia.");
    long withdrawn = drafting.amend("delegate-idn", thread, first, "Paragraph 1, amended by Indonesia.");
    api.as("delegate-idn").post("/drafts/" + thread + "/amendments/" + withdrawn + "/withdraw").expect(200);
    JsonObject elsewhere = drafting.zeroDraft(1);
    long foreign = drafting.amend("delegate-mwi", Drafting.thread(elsewhere), Drafting.paragraph(elsewhere, 1),
        "Another draft's paragraph, amended.");

    assertRefused(thread, 400, "amends another paragraph", revision(first, onSecond, "Paragraph 1, revised."),
        revision(second, null, "Paragraph 2, revised."), null);
    assertRefused(thread, 400, "has no amendment " + foreign, revision(first, foreign, "Paragraph 1, revised."),
        revision(second, null, "Paragraph 2 of the zero draft."), null);
    assertRefused(thread, 400, "has no amendment " + foreign, revision(first, null, "Paragraph 1, revised."),
        revision(second, null, "Paragraph 2 of the zero draft."), new JsonArray().add(foreign));
    assertRefused(thread, 400, "keeps its text", revision(first, null, "Paragraph 1, revised."),
        revision(second, onSecond, "Paragraph 2 of the  zero draft."), null);
    assertRefused(thread, 409, "was withdrawn", revision(first, withdrawn, "Paragraph 1, revised."),
        revision(second, null, "Paragraph 2 of the zero draft."), null);
    assertRefused(thread, 400, "named twice", revision(first, onFirst, "Paragraph 1, revised."),
        revision(second, null, "Paragraph 2 of the zero draft."), new JsonArray().add(onFirst));
    assertRefused(thread, 400, "word for word", revision(first, null, "Paragraph 1, revised."),
        revision(second, null, "Paragraph 2, amended by Russia."), new JsonArray().add(onSecond));
    assertRefused(thread, 400, "is new", revision(first, null, "Paragraph 1 of the zero draft."),
        new JsonObject().put("text", "A new paragraph.").put("incorporates", new JsonArray().add(onFirst)), null);
    JsonObject malformed = new JsonObject().put("paragraphs", new JsonArray().add(new JsonObject().put("id", first)
        .put("text", "Paragraph 1, revised.").put("incorporates", new JsonArray().add(0))));
    api.as("moderator").post("/drafts/" + thread + "/versions", malformed).expectProblem(400);
    api.as("delegate-bra").post("/drafts/" + thread + "/versions", new JsonObject().put("paragraphs", new JsonArray()
        .add(revision(first, onFirst, "Paragraph 1, amended by Brazil.")))).expectProblem(403);

    assertEquals(1, api.get("/drafts/" + thread).expect(200).json().getJsonArray("versions").size(), "nothing published");
    assertEquals(2, api.get("/drafts/" + thread + "/amendments?status=proposed").expect(200).items().size(),
        "nothing decided");
  }

  @Test
  @DisplayName("Rev.1 passes over Brazil's amendment; the moderator then marks it not retained (a delegate may not, nor "
      + "on a locked draft); Rev.2 still incorporates it")
  void decidedAfterTheRevision() {
    JsonObject draft = drafting.zeroDraft(1);
    String thread = Drafting.thread(draft);
    String paragraph = Drafting.paragraph(draft, 1);
    long brazil = drafting.amend("delegate-bra", thread, paragraph, "Paragraph 1, as Brazil would have it.");
    long estonia = drafting.amend("delegate-est", thread, paragraph, "Paragraph 1, as Estonia would have it.");
    drafting.publish(thread, Drafting.revise(draft, java.util.Map.of(1, "Paragraph 1, as the Chair revised it.")));
    JsonObject passedOver = Drafting.amendment(api, thread, paragraph, brazil);
    assertEquals("proposed", passedOver.getString("status"), "a revision that does not name it leaves it proposed");
    assertFalse(passedOver.getBoolean("onCurrentText"));

    String notRetain = "/drafts/" + thread + "/amendments/" + brazil + "/not-retained";
    api.as("delegate-bra").post(notRetain).expectProblem(403);
    api.as("cs-opennet").post(notRetain).expectProblem(403);
    JsonObject decided = api.as("moderator").post(notRetain).expect(200).json();
    assertEquals("not-retained", decided.getString("status"));
    assertEquals("Rev.1", decided.getJsonObject("notRetainedIn").getString("label"));
    String detail = api.as("secretariat").post(notRetain).expectProblem(409);
    assertTrue(detail.contains("not retained in Rev.1"), detail);
    api.as("delegate-bra").post("/drafts/" + thread + "/amendments/" + brazil + "/withdraw").expectProblem(409);
    api.as("moderator").post("/drafts/" + drafting.zeroDraft(1).getString("threadId") + "/amendments/" + brazil
        + "/not-retained").expectProblem(404);

    JsonObject rev2 = api.as("moderator").post("/drafts/" + thread + "/versions", new JsonObject().put("paragraphs",
        new JsonArray().add(revision(paragraph, brazil, "Paragraph 1, as Brazil and the Chair would have it."))))
        .expect(201).json();
    assertEquals(brazil, rev2.getJsonObject("amendmentDecisions").getJsonArray("incorporated").getJsonObject(0).getLong("id"));
    JsonObject incorporated = Drafting.amendment(api, thread, paragraph, brazil);
    assertEquals("incorporated", incorporated.getString("status"));
    assertEquals("Rev.2", incorporated.getJsonObject("incorporatedIn").getString("label"));
    assertFalse(incorporated.containsKey("notRetainedIn"));

    api.as("moderator").patch("/threads/" + thread, new JsonObject().put("status", "locked").put("reason", "Recess."))
        .expect(200);
    detail = api.as("moderator").post("/drafts/" + thread + "/amendments/" + estonia + "/not-retained")
        .expectProblem(409);
    assertTrue(detail.contains("locked"), detail);
    assertEquals("proposed", Drafting.amendment(api, thread, paragraph, estonia).getString("status"));
  }

  private void assertRefused(String thread, int status, String because, JsonObject first, JsonObject second,
                             JsonArray notRetained) {
    JsonObject request = new JsonObject().put("paragraphs", new JsonArray().add(first).add(second));
    if (notRetained != null) {
      request.put("notRetained", notRetained);
    }
    String detail = api.as("moderator").post("/drafts/" + thread + "/versions", request).expectProblem(status);
    assertTrue(detail.contains(because), detail);
  }

  private static JsonObject revision(String paragraph, Long incorporates, String text) {
    JsonObject json = new JsonObject().put("id", paragraph).put("text", text);
    return incorporates == null ? json : json.put("incorporates", new JsonArray().add(incorporates));
  }
}
