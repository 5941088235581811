package org.plenary.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Watches: following a thread or topic is one's own, and only what one may read")
class WatchesTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  private String newTopic() {
    String id = "watch-" + UUID.randomUUID().toString().substring(0, 8);
    api.as("secretariat").post("/topics", new JsonObject().put("id", id).put("title", "Watches " + id)
        .put("description", "A topic of the watches test")).expect(201);
    return id;
  }

  private boolean watching(String persona, String type, String id) {
    return api.as(persona).get("/me/watches").expect(200).items().stream().map(JsonObject.class::cast)
        .anyMatch(w -> type.equals(w.getString("type")) && id.equals(w.getString("id")));
  }

  @Test
  @DisplayName("A thread followed is listed with its type, and no longer once unfollowed")
  void followAndUnfollowAThread() {
    String thread = dialogue.openThread("delegate-fra", newTopic());
    api.as("delegate-mwi").put("/me/watches/threads/" + thread).expect(204);
    assertTrue(watching("delegate-mwi", "thread", thread));
    assertFalse(watching("delegate-idn", "thread", thread), "a watch is one's own");
    api.as("delegate-mwi").delete("/me/watches/threads/" + thread).expect(204);
    assertFalse(watching("delegate-mwi", "thread", thread));
    api.as("delegate-mwi").delete("/me/watches/threads/" + thread).expect(204);
  }

  @Test
  @DisplayName("A stakeholder cannot follow a thread open to States only: it is not found for them")
  void noWatchOnWhatOneMayNotRead() {
    String closed = dialogue.openThread("delegate-fra", newTopic(), new JsonObject().put("audience", "states"));
    api.as("cs-opennet").put("/me/watches/threads/" + closed).expectProblem(404);
    assertFalse(watching("cs-opennet", "thread", closed));
    api.as("cs-opennet").put("/me/watches/threads/" + UUID.randomUUID()).expectProblem(404);
  }

  @Test
  @DisplayName("A topic followed is listed; watches, notifications and digests need a participant, digests the Secretariat")
  void topicsAndWhoMay() {
    String topic = newTopic();
    api.as("ac-institute").put("/me/watches/topics/" + topic).expect(204);
    assertTrue(watching("ac-institute", "topic", topic));
    api.as("ac-institute").delete("/me/watches/topics/" + topic).expect(204);
    assertFalse(watching("ac-institute", "topic", topic));

    api.anonymous().get("/me/watches").expectProblem(401);
    api.anonymous().get("/me/notifications").expectProblem(401);
    api.anonymous().put("/me/watches/topics/" + topic).expectProblem(401);
    api.as("delegate-fra").post("/email-digests", new JsonObject().put("date", "2001-01-01")).expectProblem(403);
    assertEquals(0, api.as("secretariat").post("/email-digests", new JsonObject().put("date", "1999-01-01"))
        .expect(200).json().getInteger("composed"));
  }
}
