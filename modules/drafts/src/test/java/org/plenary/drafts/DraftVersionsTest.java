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
@DisplayName("Draft versions: the zero draft, revisions, and paragraphs that keep their identity")
class DraftVersionsTest {

  private final Api api = TestServer.api();
  private final Drafting drafting = new Drafting(api);

  @Test
  @DisplayName("Moderators, the Chair and the Secretariat publish versions; delegates do not; a discussion is no draft")
  void whoPublishes() {
    String thread = drafting.openDraft(new JsonObject());
    JsonObject zero = new JsonObject().put("paragraphs", new JsonArray().add(new JsonObject().put("text", "Text.")));
    api.as("delegate-fra").post("/drafts/" + thread + "/versions", zero).expectProblem(403);
    JsonObject empty = api.anonymous().get("/drafts/" + thread).expect(200).json();
    assertTrue(empty.getJsonArray("versions").isEmpty(), "opened, nothing published yet");
    api.as("chair").post("/drafts/" + thread + "/versions", zero).expect(201);
    String discussion = Dialogue.on(api).openThread("delegate-fra", "norms");
    String detail = api.as("moderator").post("/drafts/" + discussion + "/versions", zero).expectProblem(404);
    assertTrue(detail.contains("not a draft"), detail);
    api.get("/drafts/" + UUID.randomUUID()).expectProblem(404);
  }

  @Test
  @DisplayName("Zero draft, Rev.1, Rev.2: each version reads back with what changed and what was removed")
  void versionsReadBack() {
    JsonObject draft = drafting.zeroDraft(3);
    String thread = Drafting.thread(draft);
    assertEquals("Zero draft", draft.getJsonObject("version").getString("label"));
    JsonArray rev1 = Drafting.revise(draft, Map.of(2, "Paragraph 2, revised."));
    rev1.remove(2);
    rev1.add(new JsonObject().put("heading", "C. Way forward").put("text", "A new paragraph."));
    JsonObject first = drafting.publish(thread, rev1);
    assertEquals("Rev.1", first.getJsonObject("version").getString("label"));
    assertEquals(new JsonArray().add("unchanged").add("revised").add("new"), changes(first));
    assertEquals("C. Way forward", first.getJsonArray("paragraphs").getJsonObject(2).getString("heading"));
    assertEquals(Drafting.paragraph(draft, 3), first.getJsonArray("removed").getJsonObject(0).getString("id"));

    JsonArray rev2 = Drafting.revise(first, Map.of());
    rev2.add(new JsonObject().put("id", Drafting.paragraph(draft, 3)).put("text", "Paragraph 3 of the zero draft."));
    JsonObject second = drafting.publish(thread, rev2);
    assertEquals("reinstated", second.getJsonArray("paragraphs").getJsonObject(3).getString("change"));
    assertEquals("C. Way forward", second.getJsonArray("paragraphs").getJsonObject(2).getString("heading"),
        "a paragraph the revision lists by id and text alone keeps its section heading");
    JsonArray rev3 = Drafting.revise(second, Map.of());
    rev3.getJsonObject(2).put("heading", "");
    JsonObject third = drafting.publish(thread, rev3);
    assertFalse(third.getJsonArray("paragraphs").getJsonObject(2).containsKey("heading"), "an empty heading removes it");
    assertFalse(third.getJsonArray("paragraphs").getJsonObject(3).containsKey("heading"));

    JsonObject zero = api.get("/drafts/" + thread + "?version=0").expect(200).json();
    assertEquals("Paragraph 2 of the zero draft.", zero.getJsonArray("paragraphs").getJsonObject(1).getString("text"));
    assertFalse(zero.getJsonObject("version").getBoolean("latest"));
    assertFalse(zero.containsKey("consensus"), "the tracker follows the latest version");
    assertEquals(4, api.get("/drafts/" + thread).json().getJsonArray("versions").size());
    String detail = api.get("/drafts/" + thread + "?version=7").expectProblem(404);
    assertTrue(detail.contains("Rev.3"), detail);

    JsonArray history = api.get("/drafts/" + thread + "/paragraphs/" + Drafting.paragraph(draft, 2)).expect(200).json()
        .getJsonArray("history");
    assertEquals(4, history.size());
    assertEquals("Paragraph 2, revised.", history.getJsonObject(1).getString("text"));
    assertEquals(2, history.getJsonObject(2).getInteger("revision"));
  }

  @Test
  @DisplayName("A revision names surviving paragraphs by id: an unknown id or one listed twice is refused, nothing published")
  void survivingParagraphsByIdOnly() {
    JsonObject draft = drafting.zeroDraft(2);
    String thread = Drafting.thread(draft);
    JsonArray twice = Drafting.revise(draft, Map.of());
    twice.add(twice.getJsonObject(0).copy());
    String detail = api.as("moderator").post("/drafts/" + thread + "/versions", new JsonObject().put("paragraphs", twice))
        .expectProblem(400);
    assertTrue(detail.contains("twice"), detail);
    JsonArray foreign = new JsonArray().add(new JsonObject().put("id", Drafting.paragraph(drafting.zeroDraft(1), 1))
        .put("text", "Borrowed."));
    detail = api.as("moderator").post("/drafts/" + thread + "/versions", new JsonObject().put("paragraphs", foreign))
        .expectProblem(400);
    assertTrue(detail.contains("not a paragraph of this draft"), detail);
    api.as("moderator").post("/drafts/" + thread + "/versions", new JsonObject().put("paragraphs", new JsonArray()))
        .expectProblem(400);
    assertEquals(1, api.get("/drafts/" + thread).json().getJsonArray("versions").size(), "nothing half-written");
  }

  @Test
  @DisplayName("New line breaks and spaces alone do not change a paragraph: its stances stay")
  void layoutIsNotWording() {
    JsonObject draft = drafting.zeroDraft(1);
    String thread = Drafting.thread(draft);
    drafting.stance("delegate-mwi", thread, Drafting.paragraph(draft, 1), "support").expect(201);
    JsonObject rev1 = drafting.publish(thread, Drafting.revise(draft, Map.of(1, "Paragraph 1\n of the   zero draft. ")));
    JsonObject paragraph = rev1.getJsonArray("paragraphs").getJsonObject(0);
    assertEquals("unchanged", paragraph.getString("change"));
    assertEquals(1, paragraph.getJsonObject("consensus").getJsonArray("support").size());
  }

  @Test
  @DisplayName("A closed draft takes no new version (409)")
  void closedDraft() {
    JsonObject draft = drafting.zeroDraft(1);
    String thread = Drafting.thread(draft);
    api.as("moderator").patch("/threads/" + thread, new JsonObject().put("status", "closed")).expect(200);
    String detail = api.as("moderator").post("/drafts/" + thread + "/versions",
        new JsonObject().put("paragraphs", Drafting.revise(draft, Map.of()))).expectProblem(409);
    assertTrue(detail.contains("closed"), detail);
  }

  private static JsonArray changes(JsonObject draft) {
    JsonArray changes = new JsonArray();
    draft.getJsonArray("paragraphs").forEach(p -> changes.add(((JsonObject) p).getString("change")));
    return changes;
  }
}
