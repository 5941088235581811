package org.plenary.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A thread with a record: frozen for its author, its answered questions kept, its Chatham House Rule kept")
class ThreadFreezeTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("Brazil's delegate no longer edits the thread once it is locked; a moderator still does, audited")
  void lockedThreadStaysForItsAuthor() {
    String thread = dialogue.openThread("delegate-bra", "norms");
    api.as("delegate-bra").patch("/threads/" + thread, new JsonObject().put("title", "Brazil's revised title"))
        .expect(200);
    api.as("moderator").patch("/threads/" + thread, new JsonObject().put("status", "locked")
        .put("reason", "Off topic.")).expect(200);

    JsonObject refused = api.as("delegate-bra").patch("/threads/" + thread,
        new JsonObject().put("title", "Brazil's second thoughts")).expect(409).json();
    assertEquals("/problems/record-frozen", refused.getString("type"));
    assertTrue(refused.getString("detail").contains("the thread is locked"), refused.getString("detail"));
    api.as("delegate-bra").patch("/threads/" + thread, new JsonObject()
        .put("guidingQuestions", new JsonArray().add("A new question?"))).expectProblem(409);
    assertEquals("Brazil's revised title", api.get("/threads/" + thread).json().getString("title"));

    api.as("moderator").patch("/threads/" + thread, new JsonObject().put("title", "Norms: a corrected title")
        .put("reason", "Typo in the title.")).expect(200);
    assertEquals("Norms: a corrected title", api.get("/threads/" + thread).json().getString("title"));
    JsonObject audited = api.as("secretariat").get("/audit?action=thread.edited&subjectId=" + thread).expect(200)
        .items().getJsonObject(0);
    assertEquals("Typo in the title.", audited.getString("reason"));
    assertEquals(List.of("title"), audited.getJsonObject("details").getJsonArray("fields").getList());
  }

  @Test
  @DisplayName("Once its closing time has passed, the author no longer changes the thread, not even its closing time")
  void pastClosingTime() {
    String thread = dialogue.openThread("delegate-bra", "norms", new JsonObject()
        .put("closesAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
    api.as("moderator").patch("/threads/" + thread, new JsonObject()
        .put("closesAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString())).expect(200);
    assertTrue(api.as("delegate-bra").patch("/threads/" + thread, new JsonObject()
        .put("closesAt", Instant.now().plus(2, ChronoUnit.DAYS).toString())).expectProblem(409)
        .contains("closed at"));
    assertTrue(api.as("delegate-bra").patch("/threads/" + thread, new JsonObject().put("body", "More."))
        .expectProblem(409).contains("record is frozen"));
  }

  @Test
  @DisplayName("A guiding question posts answer is not removed, moved or reworded; new ones go after the last")
  void answeredQuestionsStay() {
    String thread = dialogue.openThread("delegate-bra", "norms", new JsonObject()
        .put("guidingQuestions", new JsonArray().add("First question?").add("Second question?")));
    dialogue.post("delegate-idn", thread, new JsonObject().put("kind", "position").put("guidingQuestion", 1)
        .put("body", "Indonesia answers the second question.")).expect(201);

    for (JsonArray questions : List.of(new JsonArray().add("First question?"),
        new JsonArray().add("Second question?").add("First question?"),
        new JsonArray().add("First question?").add("Second question, reworded?"))) {
      JsonObject refused = api.as("delegate-bra").patch("/threads/" + thread,
          new JsonObject().put("guidingQuestions", questions)).expect(409).json();
      assertEquals("/problems/guiding-question-answered", refused.getString("type"));
      assertTrue(refused.getString("detail").contains("Guiding question 2"), refused.getString("detail"));
    }
    api.as("moderator").patch("/threads/" + thread, new JsonObject()
        .put("guidingQuestions", new JsonArray().add("Second question?"))).expectProblem(409);

    api.as("delegate-bra").patch("/threads/" + thread, new JsonObject().put("guidingQuestions",
        new JsonArray().add("First question, reworded?").add("Second question?").add("Third question?"))).expect(200);
    assertEquals(3, api.get("/threads/" + thread).json().getJsonArray("guidingQuestions").size());
  }

  @Test
  @DisplayName("The Chatham House Rule is not lifted once anything was said; it may still be put on")
  void chathamHouseStays() {
    String thread = dialogue.openThread("moderator", "norms");
    dialogue.comment("delegate-mwi", thread, "Malawi speaks openly.");
    api.as("moderator").patch("/threads/" + thread, new JsonObject().put("chathamHouse", true)).expect(200);
    JsonObject refused = api.as("moderator").patch("/threads/" + thread, new JsonObject().put("chathamHouse", false))
        .expect(409).json();
    assertEquals("/problems/chatham-house-kept", refused.getString("type"));
    assertTrue(refused.getString("detail").contains("cannot be lifted"), refused.getString("detail"));
    assertTrue(api.as("moderator").get("/threads/" + thread).json().getBoolean("chathamHouse"));

    String silent = dialogue.openThread("moderator", "norms", new JsonObject().put("chathamHouse", true));
    api.as("moderator").patch("/threads/" + silent, new JsonObject().put("chathamHouse", false)).expect(200);
  }
}
