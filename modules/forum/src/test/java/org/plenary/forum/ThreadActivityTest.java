package org.plenary.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
@DisplayName("Thread lists show where the dialogue is alive: last post, positions, the States that spoke")
class ThreadActivityTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("A topic's list gives the last post and its author, the number of positions and the States that spoke")
  void activityInTopicList() {
    String title = "Activity " + System.nanoTime();
    String thread = dialogue.openThread("delegate-est", "confidence-building",
        new JsonObject().put("title", title).put("audience", "public"));
    dialogue.position("delegate-est", thread, "Estonia supports points of contact.");
    dialogue.position("delegate-bra", thread, "Brazil supports them too.");
    dialogue.comment("cs-opennet", thread, "Civil society would add a directory.");
    dialogue.comment("delegate-bra", thread, "Brazil thanks the Alliance.");

    JsonObject activity = find(api.get("/topics/confidence-building/threads?limit=100").expect(200).json(), thread)
        .getJsonObject("activity");
    assertEquals(2, activity.getInteger("positionCount"));
    assertEquals(new JsonArray(List.of("BRA", "EST")), activity.getJsonArray("statesThatSpoke"),
        "the States that spoke, each once, and no stakeholder");
    JsonObject last = activity.getJsonObject("lastPost");
    assertEquals("state", last.getString("constituency"));
    assertEquals("BRA", last.getJsonObject("organization").getString("id"));
    assertTrue(last.getJsonObject("author").getString("name").length() > 0);
  }

  @Test
  @DisplayName("GET /threads lists open consultations of every topic with their activity, filtered by kind and status")
  void acrossTopics() {
    String consultation = dialogue.openThread("moderator", "capacity-building",
        new JsonObject().put("kind", "consultation").put("audience", "public").put("title", "Consultation " + System.nanoTime()).put("closesAt", inAWeek()));
    dialogue.openThread("delegate-fra", "norms", new JsonObject().put("audience", "public"));

    JsonArray items = api.get("/threads?kind=consultation&status=open&limit=100").expect(200).json().getJsonArray("items");
    assertTrue(items.stream().map(JsonObject.class::cast).allMatch(t -> t.getString("kind").equals("consultation")
        && t.getString("status").equals("open")), "only open consultations: " + items.encode());
    JsonObject listed = find(new JsonObject().put("items", items), consultation);
    assertEquals(0, listed.getJsonObject("activity").getInteger("positionCount"));
    assertFalse(listed.getJsonObject("activity").containsKey("lastPost"), "no post yet, no last post");
    api.get("/threads?kind=meeting").expect(400);
  }

  @Test
  @DisplayName("Under the Chatham House Rule a list names no speaker and no State, only the constituency")
  void chathamHouseList() {
    String thread = dialogue.openThread("moderator", "horizon-scanning", new JsonObject().put("kind", "consultation")
        .put("audience", "participants").put("chathamHouse", true).put("title", "Chatham " + System.nanoTime()).put("closesAt", inAWeek()));
    dialogue.position("delegate-rus", thread, "Our delegation sees new threats.");

    String body = api.as("cs-opennet").get("/topics/horizon-scanning/threads?limit=100").expect(200).body();
    JsonObject activity = find(new JsonObject(body), thread).getJsonObject("activity");
    assertEquals("state", activity.getJsonObject("lastPost").getString("constituency"));
    assertFalse(activity.getJsonObject("lastPost").containsKey("author"));
    assertFalse(activity.containsKey("statesThatSpoke"));
    List.of("RUS", "Russian Federation", "delegate-rus").forEach(name -> assertFalse(body.contains(name), name));
    JsonObject forModerator = find(api.as("moderator").get("/topics/horizon-scanning/threads?limit=100").json(), thread);
    assertEquals(new JsonArray(List.of("RUS")), forModerator.getJsonObject("activity").getJsonArray("statesThatSpoke"));
  }

  private static String inAWeek() {
    return Instant.now().plus(7, ChronoUnit.DAYS).toString();
  }

  private static JsonObject find(JsonObject page, String threadId) {
    return page.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(t -> t.getString("id").equals(threadId)).findFirst().orElseThrow(() -> new AssertionError(
            threadId + " not listed in " + page.encode()));
  }
}
