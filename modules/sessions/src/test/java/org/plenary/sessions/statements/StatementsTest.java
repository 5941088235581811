package org.plenary.sessions.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.sessions.speakers.SpeakersSitting;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Statements: the delivered text on its inscription, read by item and as a State's history")
class StatementsTest {

  private final Api api = TestServer.api();

  private Response post(String persona, String entryId, JsonObject body) {
    return api.as(persona).withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/speakers/" + entryId + "/statement", body);
  }

  private static JsonObject text(String text, String language) {
    return new JsonObject().put("text", text).put("language", language).put("checkAgainstDelivery", true);
  }

  @Test
  @DisplayName("France posts its statement under item 5 in French, check against delivery; readers of the session see"
      + " it under the item and in France's history")
  void francePosts() {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    String france = sitting.inscribe("delegate-fra", 5);
    JsonObject posted = post("delegate-fra", france, text("Monsieur le Président, la France remercie...", "fr"))
        .expect(201).json();
    assertEquals("fr", posted.getString("language"));
    assertTrue(posted.getBoolean("checkAgainstDelivery"));
    assertEquals("FRA", posted.getJsonObject("organization").getString("id"));
    JsonArray byItem = api.as("delegate-bra").get(sitting.statements(5)).expect(200).json().getJsonArray("items");
    assertEquals(1, byItem.size());
    assertEquals(france, byItem.getJsonObject(0).getString("entryId"));
    JsonArray history = api.as("delegate-est").get("/organizations/FRA/statements").expect(200).items();
    assertTrue(history.stream().anyMatch(s -> ((JsonObject) s).getString("id").equals(posted.getString("id"))));
    api.as("delegate-fra").get("/statements/" + posted.getString("id")).expect(200);
  }

  @Test
  @DisplayName("A group's statement carries its group; a State's history pages newest first with a cursor")
  void historyPages() {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    for (int item = 1; item <= 3; item++) {
      String brazil = sitting.inscribe("delegate-bra", item, "latin-american-caribbean-group");
      JsonObject posted = post("delegate-bra", brazil, text("Statement on item " + item, "es")).expect(201).json();
      assertEquals("latin-american-caribbean-group", posted.getJsonObject("onBehalfOf").getString("id"));
    }
    JsonObject first = api.as("delegate-fra").get("/organizations/BRA/statements?limit=2").expect(200).json();
    assertEquals(2, first.getJsonArray("items").size());
    assertEquals("Statement on item 3", first.getJsonArray("items").getJsonObject(0).getString("text"));
    JsonObject second = api.as("delegate-fra")
        .get("/organizations/BRA/statements?limit=2&cursor=" + first.getString("next")).expect(200).json();
    assertEquals("Statement on item 1", second.getJsonArray("items").getJsonObject(0).getString("text"));
    api.as("delegate-fra").get("/organizations/BRA/statements?cursor=forged").expectProblem(400);
  }

  @Test
  @DisplayName("The statements under an item page in the order they were posted")
  void itemPages() {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    for (String persona : new String[] {"delegate-fra", "delegate-est", "delegate-idn"}) {
      post(persona, sitting.inscribe(persona, 2), text("Statement of " + persona, "en")).expect(201);
    }
    JsonObject first = api.as("delegate-bra").get(sitting.statements(2) + "?limit=2").expect(200).json();
    assertEquals(2, first.getJsonArray("items").size());
    assertEquals("FRA", first.getJsonArray("items").getJsonObject(0).getJsonObject("organization").getString("id"));
    JsonObject rest = api.as("delegate-bra").get(sitting.statements(2) + "?limit=2&cursor=" + first.getString("next"))
        .expect(200).json();
    assertEquals("IDN", rest.getJsonArray("items").getJsonObject(0).getJsonObject("organization").getString("id"));
    assertFalse(rest.containsKey("next"));
  }

  @Test
  @DisplayName("Bad statements: another's inscription 403, twice 409, an unknown language 400, a concluded session"
      + " 409, a States-only session's statements hidden from stakeholders")
  void refusals() {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    String france = sitting.inscribe("delegate-fra", 5);
    SpeakersSitting.refused(post("delegate-bra", france, text("Not ours", "en")), 403, "statement-by-its-delegation");
    post("delegate-fra", france, text("Bonjour", "de")).expectProblem(400);
    post("delegate-fra", france, new JsonObject().put("language", "fr")).expectProblem(400);
    post("delegate-fra", france, text("Mesdames et Messieurs", "fr")).expect(201);
    SpeakersSitting.refused(post("delegate-fra", france, text("Encore", "fr")), 409, "one-statement-per-inscription");
    SpeakersSitting.refused(api.as("ps-contoso").get(sitting.statements(5)), 403, "session-audience");
    assertFalse(api.as("ps-contoso").get("/organizations/FRA/statements").expect(200).items().stream()
        .anyMatch(s -> ((JsonObject) s).getString("sessionId").equals(sitting.sessionId())), "hidden from stakeholders");
    String estonia = sitting.inscribe("delegate-est", 5);
    sitting.conclude();
    SpeakersSitting.refused(post("delegate-est", estonia, text("Too late", "en")), 409, "session-concluded");
    assertEquals(1, api.as("delegate-est").get(sitting.statements(5)).expect(200).items().size(), "nothing written");
  }
}
