package org.plenary.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Who may read and write where, decided on the server")
class AudienceTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("A states thread is 404 for cs-opennet and anonymous, 200 for delegate-bra, and absent from their lists")
  void statesThread() {
    String thread = dialogue.openThread("delegate-fra", "confidence-building", new JsonObject().put("audience", "states"));
    api.as("cs-opennet").get("/threads/" + thread).expectProblem(404);
    api.anonymous().get("/threads/" + thread).expectProblem(404);
    api.as("cs-opennet").get("/threads/" + thread + "/posts").expectProblem(404);
    api.as("delegate-bra").get("/threads/" + thread).expect(200);
    api.as("delegate-eu").get("/threads/" + thread).expect(200);
    api.as("chair").get("/threads/" + thread).expect(200);
    assertFalse(api.as("cs-opennet").get("/topics/confidence-building/threads?limit=500").body().contains(thread));
    assertTrue(api.as("delegate-bra").get("/topics/confidence-building/threads?limit=500").body().contains(thread));
    dialogue.post("cs-opennet", thread, new JsonObject()).expectProblem(404);
  }

  @Test
  @DisplayName("A participants thread asks anonymous readers to sign in; a stakeholder not accredited may not read it")
  void participantsThread() {
    String thread = dialogue.openThread("delegate-fra", "norms", new JsonObject().put("audience", "participants"));
    api.anonymous().get("/threads/" + thread).expectProblem(401);
    String detail = api.as("cs-pending").get("/threads/" + thread).expectProblem(403);
    assertTrue(detail.contains("not accredited"), detail);
    api.as("ps-contoso").get("/threads/" + thread).expect(200);
  }

  @Test
  @DisplayName("cs-opennet (accredited) comments; cs-pending gets 403 'organization not accredited'")
  void accreditation() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    dialogue.post("cs-opennet", thread, new JsonObject().put("body", "Civil society welcomes this.")).expect(201);
    JsonObject problem = dialogue.post("cs-pending", thread, new JsonObject()).expect(403).json();
    assertEquals("Organization not accredited", problem.getString("title"));
    assertTrue(problem.getString("detail").contains("not accredited"));
  }

  @Test
  @DisplayName("Who opens threads: State and IGO delegates, moderators, the Secretariat; consultations only the latter")
  void openingThreads() {
    api.as("member-fra").post("/topics/norms/threads", new JsonObject().put("title", "Member's thread")).expectProblem(403);
    api.as("cs-opennet").post("/topics/norms/threads", new JsonObject().put("title", "Stakeholder thread")).expectProblem(403);
    api.as("delegate-fra").post("/topics/norms/threads", new JsonObject().put("title", "A consultation")
        .put("kind", "consultation").put("closesAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())).expectProblem(403);
    api.as("moderator").post("/topics/norms/threads", new JsonObject().put("title", "A consultation")
        .put("kind", "consultation").put("closesAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())).expect(201);
    api.as("moderator").post("/topics/norms/threads", new JsonObject().put("title", "No end")
        .put("kind", "consultation")).expectProblem(400);
    api.as("delegate-fra").post("/topics/no-such-topic/threads", new JsonObject().put("title", "Lost")).expectProblem(404);
    String detail = api.as("delegate-fra").post("/topics/norms/threads", new JsonObject().put("title", "Tagged")
        .put("tags", new io.vertx.core.json.JsonArray().add("norm-z"))).expectProblem(400);
    assertTrue(detail.contains("norm-z"), detail);
  }

  @Test
  @DisplayName("A consultation takes posts only between opensAt and closesAt; closed and locked threads take none")
  void postingWindow() {
    Instant now = Instant.now();
    String future = dialogue.openThread("moderator", "institutional-dialogue", new JsonObject().put("kind", "consultation")
        .put("opensAt", now.plus(1, ChronoUnit.DAYS).toString()).put("closesAt", now.plus(2, ChronoUnit.DAYS).toString()));
    assertTrue(dialogue.post("delegate-fra", future, new JsonObject()).expectProblem(409).contains("opens at"));

    String open = dialogue.openThread("moderator", "institutional-dialogue", new JsonObject().put("kind", "consultation")
        .put("closesAt", now.plus(1, ChronoUnit.HOURS).toString()));
    dialogue.post("delegate-fra", open, new JsonObject()).expect(201);
    api.as("moderator").patch("/threads/" + open, new JsonObject().put("status", "locked").put("reason", "Off topic"))
        .expect(200);
    assertTrue(dialogue.post("delegate-fra", open, new JsonObject()).expectProblem(409).contains("locked"));
  }

  @Test
  @DisplayName("Threads list newest activity first, paged by cursor, filtered by kind and tag")
  void listing() {
    api.as("secretariat").post("/topics", new JsonObject().put("id", "listing-test").put("title", "Listing")
        .put("description", "For the listing test")).expect(201);
    String a = dialogue.openThread("delegate-fra", "listing-test", new JsonObject().put("tags", new io.vertx.core.json.JsonArray().add("norm-c")));
    String b = dialogue.openThread("delegate-fra", "listing-test");
    String c = dialogue.openThread("delegate-fra", "listing-test");
    dialogue.comment("delegate-est", a, "New activity moves this thread to the top.");

    JsonObject first = api.get("/topics/listing-test/threads?limit=2").expect(200).json();
    assertEquals(a, first.getJsonArray("items").getJsonObject(0).getString("id"));
    assertEquals(c, first.getJsonArray("items").getJsonObject(1).getString("id"));
    JsonObject second = api.get("/topics/listing-test/threads?limit=2&cursor=" + first.getString("next")).expect(200).json();
    assertEquals(b, second.getJsonArray("items").getJsonObject(0).getString("id"));
    assertFalse(second.containsKey("next"));
    assertEquals(1, api.get("/topics/listing-test/threads?tag=norm-c").expect(200).items().size());
    assertEquals(3, api.get("/topics/listing-test").expect(200).json().getInteger("threadCount"));
    api.as("delegate-fra").post("/topics", new JsonObject().put("id", "nope").put("title", "t").put("description", "d"))
        .expectProblem(403);
  }

  @Test
  @DisplayName("Only the author or a moderator changes a thread; only moderators change its status")
  void changingThreads() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    api.as("delegate-fra").patch("/threads/" + thread, new JsonObject().put("title", "A better title")).expect(200);
    api.as("delegate-est").patch("/threads/" + thread, new JsonObject().put("title", "Mine now")).expectProblem(403);
    assertTrue(api.as("delegate-fra").patch("/threads/" + thread, new JsonObject().put("status", "closed"))
        .expectProblem(403).contains("status"));
    assertEquals("closed", api.as("moderator").patch("/threads/" + thread,
        new JsonObject().put("status", "closed").put("reason", "Concluded")).expect(200).json().getString("status"));
    JsonObject entry = api.as("moderator").get("/audit?subjectType=thread&subjectId=" + thread).expect(200).items()
        .getJsonObject(0);
    assertEquals("thread.closed", entry.getString("action"));
    assertEquals("Concluded", entry.getString("reason"));
  }
}
