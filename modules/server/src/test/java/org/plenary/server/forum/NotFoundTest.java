package org.plenary.server.forum;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A post the caller may not read is simply not found: no answer names its thread")
class NotFoundTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("Every operation on a post of a states thread tells cs-opennet only that there is no such post")
  void postOfAStatesThread() {
    String thread = dialogue.openThread("delegate-fra", "confidence-building", new JsonObject().put("audience", "states"));
    long post = dialogue.post("delegate-bra", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("IDN"))).expect(201).json().getLong("id");
    Api opennet = api.as("cs-opennet");
    List<Response> answers = List.of(
        opennet.get("/posts/" + post),
        api.anonymous().get("/posts/" + post),
        opennet.get("/posts/" + post + "/versions"),
        opennet.patch("/posts/" + post, new JsonObject().put("body", "Mine now.")),
        opennet.post("/posts/" + post + "/withdraw", "{}"),
        opennet.post("/posts/" + post + "/flags", new JsonObject().put("reason", "Curious")),
        opennet.post("/posts/" + post + "/on-behalf-of/IDN/confirm"),
        opennet.delete("/posts/" + post + "/on-behalf-of/IDN"));
    for (Response answer : answers) {
      String detail = answer.expectProblem(404);
      assertFalse(detail.contains(thread), "the thread's id is not told: " + detail);
    }
    assertTrue(opennet.get("/posts/" + post).expectProblem(404).contains("There is no post " + post));
  }

  @Test
  @DisplayName("A published summary of a states thread is not found for cs-opennet, and the answer names no thread")
  void throughAnotherContext() {
    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("kind", "position-call")
        .put("audience", "states"));
    dialogue.position("delegate-fra", thread, "France's position on norm (f).");
    String summary = api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json()
        .getString("id");
    api.as("moderator").post("/summaries/" + summary + "/submit").expect(200);
    api.as("chair").post("/summaries/" + summary + "/publish").expect(200);
    String detail = api.as("cs-opennet").get("/summaries/" + summary).expectProblem(404);
    assertFalse(detail.contains(thread), "the thread's id is not told: " + detail);
    assertFalse(api.as("cs-opennet").get("/threads/" + thread).expectProblem(404).contains(thread));
  }
}
