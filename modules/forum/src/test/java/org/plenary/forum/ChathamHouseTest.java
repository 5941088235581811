package org.plenary.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Under the Chatham House Rule the API never sends who said what")
class ChathamHouseTest {

  /** Everything that would identify the Russian delegate's post. */
  private static final List<String> IDENTIFYING = List.of("RUS", "Russian Federation", "Dmitri Volkov", "delegate-rus");

  private static Api api;
  private static String thread;
  private static long russianPost;
  private static long reply;

  @BeforeAll
  static void consultation() {
    api = TestServer.api();
    Dialogue dialogue = Dialogue.on(api);
    thread = dialogue.openThread("moderator", "horizon-scanning", new JsonObject().put("kind", "consultation")
        .put("audience", "participants").put("chathamHouse", true)
        .put("closesAt", Instant.now().plus(7, ChronoUnit.DAYS).toString()));
    russianPost = dialogue.position("delegate-rus", thread, "Our delegation sees new threats from AI.").getLong("id");
    reply = dialogue.post("cs-opennet", thread, new JsonObject().put("kind", "reply").put("parentId", russianPost)
        .put("body", "We would add ransomware.")).expect(201).json().getLong("id");
    dialogue.post("delegate-fra", thread, new JsonObject().put("kind", "position").put("alignsWith", russianPost)
        .put("body", "We share that view.")).expect(201);
    api.as("delegate-rus").patch("/posts/" + russianPost, new JsonObject().put("body", "Our delegation sees new threats."))
        .expect(200);
  }

  @Test
  @DisplayName("cs-opennet's JSON for delegate-rus's post has no RUS, no author name, no organization name anywhere")
  void stakeholderSeesNoNames() {
    Api opennet = api.as("cs-opennet");
    for (String body : List.of(
        opennet.get("/threads/" + thread + "/posts").expect(200).body(),
        opennet.get("/posts/" + russianPost).expect(200).body(),
        opennet.get("/posts/" + reply).expect(200).body(),
        opennet.get("/posts/" + russianPost + "/versions").expect(200).body())) {
      IDENTIFYING.forEach(name -> assertFalse(body.contains(name), name + " leaked in " + body));
    }
    JsonObject post = opennet.get("/posts/" + russianPost).json();
    assertEquals("state", post.getString("constituency"));
    assertFalse(post.containsKey("author"));
    assertFalse(post.containsKey("speaksFor"));
  }

  @Test
  @DisplayName("Other States see no names either; the moderator and the author do")
  void whoSeesNames() {
    assertFalse(api.as("delegate-bra").get("/posts/" + russianPost).body().contains("RUS"));
    assertFalse(api.as("delegate-bra").get("/threads/" + thread + "/posts").body().contains("France"));
    assertEquals("RUS", api.as("moderator").get("/posts/" + russianPost).json().getJsonObject("speaksFor").getString("id"));
    assertEquals("RUS", api.as("delegate-rus").get("/posts/" + russianPost).json().getJsonObject("speaksFor").getString("id"));
  }

  @Test
  @DisplayName("The thread names the opener's constituency and, a United Nations body opening it, that body, never its person")
  void threadOpener() {
    JsonObject opened = api.as("cs-opennet").get("/threads/" + thread).json().getJsonObject("openedBy");
    assertEquals("un-body", opened.getString("constituency"));
    assertFalse(opened.containsKey("author"));
    assertEquals("secretariat", opened.getJsonObject("organization").getString("id"),
        "the thread reads as opened by the Secretariat: " + opened.encode());
    JsonObject byAState = api.as("cs-opennet").get("/threads/" + Dialogue.on(api).openThread("delegate-fra",
        "horizon-scanning", new JsonObject().put("audience", "participants").put("chathamHouse", true))).json()
        .getJsonObject("openedBy");
    assertEquals(new JsonObject().put("constituency", "state"), byAState, "a State's opener stays its constituency");
  }

  @Test
  @DisplayName("The rule cannot be lifted once people have posted under it")
  void cannotBeLifted() {
    assertTrue(api.as("moderator").patch("/threads/" + thread, new JsonObject().put("chathamHouse", false))
        .expectProblem(409).contains("reveal"));
  }
}
