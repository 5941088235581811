package org.plenary.server.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A State confirms words: editing a joint statement asks again the States that had confirmed it")
class JointStatementEditTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("Malawi speaks for Brazil and Indonesia; Indonesia confirms; Malawi changes the words: Indonesia is"
      + " pending again and asked again; a State that declined stays off")
  void editAsksAgain() throws InterruptedException {
    for (String delegate : new String[] {"delegate-mwi", "delegate-bra", "delegate-idn"}) {
      api.as(delegate).get("/me").expect(200); // each has signed in before: Plenary knows whom to tell
    }
    String thread = dialogue.openThread("moderator", "capacity-building", new JsonObject().put("kind", "position-call"));
    long joint = dialogue.post("delegate-mwi", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("BRA").add("IDN"))
        .put("body", "Malawi speaks on behalf of Brazil and Indonesia.")).expect(201).json().getLong("id");
    awaitRequests("delegate-idn", joint, 1);
    api.as("delegate-idn").post("/posts/" + joint + "/on-behalf-of/IDN/confirm").expect(200);
    api.as("delegate-bra").post("/posts/" + joint + "/on-behalf-of/BRA/decline").expect(200);
    assertEquals(Map.of("IDN", "confirmed"), consents(api.as("moderator").get("/posts/" + joint).json()));

    JsonObject edited = api.as("delegate-mwi").patch("/posts/" + joint,
        new JsonObject().put("body", "Malawi speaks on behalf of Indonesia, with other words.")).expect(200).json();
    assertEquals(Map.of("IDN", "pending"), consents(edited), "Indonesia confirmed other words; Brazil stays off");
    assertEquals(Map.of("IDN", "pending"), consents(api.as("moderator").get("/posts/" + joint).json()));
    assertEquals(2, awaitRequests("delegate-idn", joint, 2), "Indonesia is asked again");
    assertEquals(1, requests("delegate-idn", joint).stream()
        .filter(n -> n.getJsonObject("details", new JsonObject()).getBoolean("again", false)).count(),
        "the second request says it is asked again because the words changed");
    assertEquals(0, requests("delegate-bra", joint).stream()
        .filter(n -> n.getJsonObject("details", new JsonObject()).getBoolean("again", false)).count(),
        "Brazil, which declined, is not asked again");

    api.as("delegate-idn").post("/posts/" + joint + "/on-behalf-of/IDN/confirm").expect(200);
    api.as("delegate-mwi").patch("/posts/" + joint,
        new JsonObject().put("body", "Malawi speaks on behalf of Indonesia, with other words.")).expect(200);
    assertEquals(Map.of("IDN", "confirmed"), consents(api.as("moderator").get("/posts/" + joint).json()),
        "the same words again change nothing Indonesia confirmed");
  }

  private static Map<String, String> consents(JsonObject post) {
    JsonArray states = post.getJsonArray("onBehalfOf", new JsonArray());
    return states.stream().map(JsonObject.class::cast)
        .collect(Collectors.toMap(state -> state.getString("id"), state -> state.getString("consent")));
  }

  private List<JsonObject> requests(String persona, long postId) {
    return api.as(persona).get("/me/notifications?limit=100").expect(200).items().stream()
        .map(JsonObject.class::cast)
        .filter(n -> "joint-statement-requested".equals(n.getString("reason")) && n.getJsonObject("post") != null
            && n.getJsonObject("post").getLong("id") == postId)
        .toList();
  }

  /** How many requests to confirm the persona has about the post, once at least {@code count} arrived (or 10 s). */
  private int awaitRequests(String persona, long postId, int count) throws InterruptedException {
    int found = 0;
    for (int attempt = 0; attempt < 100 && found < count; attempt++) {
      found = requests(persona, postId).size();
      if (found < count) {
        Thread.sleep(100);
      }
    }
    return found;
  }
}
