package org.plenary.server.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Drafting;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Dissociations across revisions: a State's dissociation from a paragraph ends when the paragraph is revised, and the State is told")
class DissociationAcrossRevisionsTest {

  private static final String FRANCE = "France joins consensus on the text as a whole.";

  private final Api api = TestServer.api();
  private final Drafting drafting = new Drafting(api);

  @Test
  @DisplayName("France dissociates from §1 and §2; Rev.1 revises §2: the dissociation from §1 stands, the one from §2's "
      + "zero-draft text ends, France's delegates are told, and France dissociates again from the new text")
  void revisionEndsTheDissociation() throws InterruptedException {
    api.as("member-fra").get("/me").expect(200);
    JsonObject draft = drafting.zeroDraft(3);
    String thread = Drafting.thread(draft);
    String first = Drafting.paragraph(draft, 1);
    String second = Drafting.paragraph(draft, 2);
    dissociate("delegate-fra", thread, first, second).expect(200);

    drafting.publish(thread, Drafting.revise(draft, Map.of(2, "Paragraph 2, as revised in Rev.1.",
        1, "Paragraph 1 of the\nzero draft.")));
    assertEquals(1, drafting.consensus(thread, first).getInteger("dissociationCount"), "layout is not wording");
    JsonObject revised = drafting.consensus(thread, second);
    assertEquals(0, revised.getInteger("dissociationCount"));
    assertTrue(revised.getJsonArray("dissociatedBy").isEmpty());

    JsonObject france = dissociationOf(api.anonymous(), thread, "FRA").orElseThrow();
    assertEquals(new JsonArray().add(new JsonObject().put("id", first).put("number", 1)), france.getJsonArray("paragraphs"));
    JsonObject ended = france.getJsonArray("ended").getJsonObject(0);
    assertEquals(second, ended.getString("id"));
    assertEquals("Zero draft", ended.getJsonObject("dissociatedFrom").getString("label"));
    assertEquals("Rev.1", ended.getJsonObject("endedIn").getString("label"));
    assertEquals(FRANCE, france.getString("explanation"));

    JsonObject notice = notification("delegate-fra", thread);
    assertEquals(new JsonArray().add(2), notice.getJsonObject("details").getJsonArray("paragraphNumbers"));
    assertEquals(1, notice.getJsonObject("details").getInteger("version"));
    assertEquals("FRA", notice.getJsonObject("details").getString("organizationId"));
    assertFalse(hasNotification("member-fra", thread), "delegates dissociate; members are not told");
    assertFalse(hasNotification("delegate-bra", thread), "Brazil did not dissociate");

    JsonObject again = dissociate("delegate-fra", thread, first, second).expect(200).json();
    assertEquals(2, again.getJsonArray("paragraphs").size());
    assertTrue(again.getJsonArray("ended").isEmpty(), "the new dissociation replaces the one that ended");
    assertEquals("Rev.1", again.getJsonObject("recordedOn").getString("label"));
    assertEquals(1, drafting.consensus(thread, second).getInteger("dissociationCount"));
  }

  @Test
  @DisplayName("Russia's only dissociation ends with Rev.1: it is still listed, as from the earlier text, and counts nowhere")
  void wholeDissociationEnded() {
    JsonObject draft = drafting.zeroDraft(2);
    String thread = Drafting.thread(draft);
    String first = Drafting.paragraph(draft, 1);
    dissociate("delegate-rus", thread, first).expect(200);
    drafting.publish(thread, Drafting.revise(draft, Map.of(1, "Paragraph 1, revised.")));
    JsonObject russia = dissociationOf(api, thread, "RUS").orElseThrow();
    assertTrue(russia.getJsonArray("paragraphs").isEmpty());
    assertEquals(1, russia.getJsonArray("ended").getJsonObject(0).getInteger("number"));
    assertEquals(0, drafting.consensus(thread, first).getInteger("dissociationCount"));
    dissociate("delegate-rus", thread).expect(200);
    assertTrue(dissociationOf(api, thread, "RUS").isEmpty(), "withdrawn altogether");
  }

  @Test
  @DisplayName("Under the Chatham House Rule the ended dissociation is France's to see: the Chair who published Rev.1 and "
      + "Brazil see no trace of France")
  void chathamHouse() {
    String thread = drafting.openDraft(new JsonObject().put("chathamHouse", true));
    JsonObject draft = drafting.publish(thread, new JsonArray().add(new JsonObject().put("text", "The first text.")));
    String paragraph = Drafting.paragraph(draft, 1);
    dissociate("delegate-fra", thread, paragraph).expect(200);
    JsonObject rev1 = api.as("chair").post("/drafts/" + thread + "/versions", new JsonObject().put("paragraphs",
        Drafting.revise(draft, Map.of(1, "The second text.")))).expect(201).json();
    for (String body : new String[] {rev1.encode(), api.as("chair").get("/drafts/" + thread + "/consensus").body(),
        api.as("delegate-bra").get("/drafts/" + thread + "/consensus").body()}) {
      assertFalse(body.contains("FRA") || body.contains("France"), body);
    }
    assertEquals("Rev.1", dissociationOf(api.as("delegate-fra"), thread, "FRA").orElseThrow().getJsonArray("ended")
        .getJsonObject(0).getJsonObject("endedIn").getString("label"));
    assertTrue(dissociationOf(api.as("moderator"), thread, "FRA").isPresent());
  }

  private org.plenary.testing.Response dissociate(String persona, String thread, String... paragraphs) {
    return api.as(persona).put("/drafts/" + thread + "/dissociation", new JsonObject()
        .put("paragraphIds", new JsonArray(java.util.List.of((Object[]) paragraphs))).put("explanation", FRANCE));
  }

  private static Optional<JsonObject> dissociationOf(Api reader, String thread, String state) {
    return reader.get("/drafts/" + thread + "/consensus").expect(200).json().getJsonArray("dissociations").stream()
        .map(JsonObject.class::cast).filter(d -> state.equals(d.getJsonObject("state").getString("id"))).findFirst();
  }

  /** The dissociation-ended notification about {@code thread}, once the notifications consumer made it. */
  private JsonObject notification(String persona, String thread) throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      Optional<JsonObject> found = find(persona, thread);
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no dissociation-ended notification for " + persona);
  }

  private boolean hasNotification(String persona, String thread) {
    return find(persona, thread).isPresent();
  }

  private Optional<JsonObject> find(String persona, String thread) {
    return api.as(persona).get("/me/notifications?limit=100").expect(200).items().stream().map(JsonObject.class::cast)
        .filter(n -> "dissociation-ended".equals(n.getString("reason")) && n.getJsonObject("thread") != null
            && thread.equals(n.getJsonObject("thread").getString("id")))
        .findFirst();
  }
}
