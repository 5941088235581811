package org.plenary.server.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.EventStream;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Nobody speaks for a State without its consent: joint statements are confirmed by each State named")
class JointStatementConsentTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("On behalf of Brazil and Indonesia: both pending; Indonesia confirms, Brazil declines and is removed;"
      + " Malawi is told of both")
  void confirmAndDecline() throws InterruptedException {
    for (String delegate : new String[] {"delegate-mwi", "delegate-bra", "delegate-idn"}) {
      api.as(delegate).get("/me").expect(200); // each has signed in before: Plenary knows whom to tell
    }
    String thread = dialogue.openThread("moderator", "capacity-building", new JsonObject().put("kind", "position-call"));
    long joint = dialogue.post("delegate-mwi", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("BRA").add("IDN"))
        .put("body", "Malawi has the honour to speak on behalf of Brazil and Indonesia.")).expect(201).json().getLong("id");
    assertEquals(Map.of("BRA", "pending", "IDN", "pending"), consents(api.anonymous().get("/posts/" + joint).json()),
        "readers see that neither has confirmed yet");
    assertNotNull(notification("delegate-idn", "joint-statement-requested", joint), "Indonesia is asked");
    assertNotNull(notification("delegate-bra", "joint-statement-requested", joint), "Brazil is asked");
    assertTrue(summaryJointStatements(thread).isEmpty(), "a summary presents no pending State as speaking");

    assertTrue(api.as("delegate-fra").post("/posts/" + joint + "/on-behalf-of/IDN/confirm").expectProblem(403)
        .contains("Only a delegate of IDN"));
    api.as("delegate-mwi").post("/posts/" + joint + "/on-behalf-of/IDN/confirm").expectProblem(403);
    JsonObject confirmed = api.as("delegate-idn").post("/posts/" + joint + "/on-behalf-of/IDN/confirm")
        .expect(200).json();
    assertEquals(Map.of("BRA", "pending", "IDN", "confirmed"), consents(confirmed));
    assertTrue(api.as("delegate-idn").post("/posts/" + joint + "/on-behalf-of/IDN/confirm").expectProblem(409)
        .contains("already"));
    assertEquals(List.of("Indonesia"), summaryJointStatements(thread).getJsonObject(0).getJsonArray("onBehalfOf").getList(),
        "the summary lists the State that confirmed, and only it");

    JsonObject declined = api.as("delegate-bra").post("/posts/" + joint + "/on-behalf-of/BRA/decline")
        .expect(200).json();
    assertEquals(Map.of("IDN", "confirmed"), consents(declined), "a declined State is removed");
    assertEquals(Map.of("IDN", "confirmed"), consents(api.as("delegate-est").get("/posts/" + joint).json()));
    api.as("delegate-bra").post("/posts/" + joint + "/on-behalf-of/BRA/confirm").expectProblem(409);
    api.as("delegate-idn").post("/posts/" + joint + "/on-behalf-of/IDN/decline").expectProblem(409);

    JsonObject toldOfConfirmation = notification("delegate-mwi", "joint-statement-confirmed", joint);
    assertNotNull(toldOfConfirmation, "Malawi is told that Indonesia confirmed");
    assertEquals("IDN", toldOfConfirmation.getJsonObject("details").getString("stateId"));
    JsonObject toldOfDecline = notification("delegate-mwi", "joint-statement-declined", joint);
    assertNotNull(toldOfDecline, "Malawi is told that Brazil declined");
    assertEquals("BRA", toldOfDecline.getJsonObject("details").getString("stateId"));
    assertEquals(List.of("post.joint-statement-declined", "post.joint-statement-confirmed"),
        api.as("secretariat").get("/audit?subjectType=post&subjectId=" + joint).expect(200).items().stream()
            .map(entry -> ((JsonObject) entry).getString("action")).toList());
  }

  @Test
  @DisplayName("The delivering State confirms by posting; a confirmed State may still take its name off")
  void ownStateAndLeaving() {
    String thread = dialogue.openThread("delegate-bra", "norms");
    long joint = dialogue.post("delegate-bra", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("BRA").add("MWI"))).expect(201).json().getLong("id");
    assertEquals(Map.of("BRA", "confirmed", "MWI", "pending"), consents(api.get("/posts/" + joint).json()));
    assertTrue(api.as("delegate-bra").post("/posts/" + joint + "/on-behalf-of/BRA/decline").expectProblem(409)
        .contains("withdraw"), "the delivering State stands behind its statement");

    api.as("delegate-mwi").post("/posts/" + joint + "/on-behalf-of/MWI/confirm").expect(200);
    assertTrue(api.as("delegate-mwi").post("/posts/" + joint + "/on-behalf-of/MWI/decline").expectProblem(409)
        .contains("to take its name off"));
    JsonObject left = api.as("delegate-mwi").delete("/posts/" + joint + "/on-behalf-of/MWI").expect(200).json();
    assertEquals(Map.of("BRA", "confirmed"), consents(left));
  }

  @Test
  @DisplayName("The EU naming its members asks each of them; a statement on behalf of the EU itself needs no confirmation")
  void intergovernmental() {
    String thread = dialogue.openThread("delegate-eu", "norms");
    long members = dialogue.post("delegate-eu", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("EST").add("FRA"))).expect(201).json().getLong("id");
    assertEquals(Map.of("EST", "pending", "FRA", "pending"), consents(api.get("/posts/" + members).json()));
    api.as("delegate-est").post("/posts/" + members + "/on-behalf-of/EST/confirm").expect(200);
    assertEquals(Map.of("EST", "confirmed", "FRA", "pending"), consents(api.get("/posts/" + members).json()));

    JsonObject own = dialogue.position("delegate-eu", thread, "Statement on behalf of the European Union.");
    assertFalse(own.containsKey("onBehalfOf"), "the organization speaks for itself: nothing to confirm");
  }

  @Test
  @DisplayName("Under the Chatham House Rule a named State sees only its own name, to confirm it; others see none")
  void chathamHouse() {
    String thread = dialogue.openThread("moderator", "capacity-building", new JsonObject().put("chathamHouse", true));
    long joint = dialogue.post("delegate-mwi", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("BRA").add("IDN"))).expect(201).json().getLong("id");
    JsonObject asIndonesia = api.as("delegate-idn").get("/posts/" + joint).expect(200).json();
    assertEquals(Map.of("IDN", "pending"), consents(asIndonesia), "Indonesia sees its own name, not Brazil's");
    assertFalse(asIndonesia.containsKey("speaksFor"), "nor who delivered it");
    assertFalse(api.as("delegate-fra").get("/posts/" + joint).json().containsKey("onBehalfOf"));
    JsonObject confirmed = api.as("delegate-idn").post("/posts/" + joint + "/on-behalf-of/IDN/confirm")
        .expect(200).json();
    assertEquals(Map.of("IDN", "confirmed"), consents(confirmed), "the answer of the write follows the same rule");
    assertEquals(Map.of("BRA", "pending", "IDN", "confirmed"), consents(api.as("moderator").get("/posts/" + joint).json()));
  }

  @Test
  @DisplayName("A State's confirmation reaches the thread's event stream, rendered for each reader")
  void live() {
    String thread = dialogue.openThread("delegate-mwi", "norms");
    long joint = dialogue.post("delegate-mwi", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("IDN"))).expect(201).json().getLong("id");
    try (EventStream stream = api.as("delegate-est").follow("/threads/" + thread + "/events", null)) {
      stream.opened();
      api.as("delegate-idn").post("/posts/" + joint + "/on-behalf-of/IDN/confirm").expect(200);
      EventStream.Event event = stream.next("post.joint-statement-confirmed");
      assertEquals(Map.of("IDN", "confirmed"), consents(event.json().getJsonObject("post")));
    }
  }

  private static Map<String, String> consents(JsonObject post) {
    JsonArray states = post.getJsonArray("onBehalfOf", new JsonArray());
    return states.stream().map(JsonObject.class::cast)
        .collect(Collectors.toMap(state -> state.getString("id"), state -> state.getString("consent")));
  }

  private JsonArray summaryJointStatements(String thread) {
    return api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json()
        .getJsonObject("generated").getJsonObject("participation").getJsonArray("jointStatements");
  }

  /** The persona's notification of that reason about the post, once the notifications consumer has made it. */
  private JsonObject notification(String persona, String reason, long postId) throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      JsonObject found = api.as(persona).get("/me/notifications?limit=100").expect(200).items().stream()
          .map(JsonObject.class::cast)
          .filter(n -> reason.equals(n.getString("reason")) && n.getJsonObject("post") != null
              && n.getJsonObject("post").getLong("id") == postId)
          .findFirst().orElse(null);
      if (found != null) {
        return found;
      }
      Thread.sleep(100);
    }
    return null;
  }
}
