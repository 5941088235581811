package org.plenary.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.EventStream;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A session's stream: those who attend see the speakers list and the floor move; others may not follow it")
class SessionStreamTest {

  private final Api api = TestServer.api();

  private String[] sessionWithItem(String audience) {
    JsonObject session = new JsonObject().put("kind", "substantive").put("title", "Session " + System.nanoTime())
        .put("number", 1).put("opensOn", "2027-07-05").put("closesOn", "2027-07-09").put("venue", "Room 4")
        .put("timeZone", "America/New_York").put("audience", audience);
    String id = api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/sessions", session).expect(201).json().getString("id");
    String item = api.as("secretariat").put("/sessions/" + id + "/agenda", new JsonObject().put("items",
            new JsonArray().add(new JsonObject().put("title", "Capacity-building"))))
        .expect(200).json().getJsonArray("items").getJsonObject(0).getString("id");
    return new String[] {id, item};
  }

  @Test
  @DisplayName("Estonia follows the session: Brazil's inscription and the Chair's floor arrive with the list's version")
  void floorMoves() {
    String[] session = sessionWithItem("states");
    String speakers = "/sessions/" + session[0] + "/items/" + session[1] + "/speakers";
    try (EventStream estonia = api.as("delegate-est").follow("/sessions/" + session[0] + "/events", null)) {
      estonia.opened();
      String brazil = api.as("delegate-bra").withHeader("Idempotency-Key", UUID.randomUUID().toString())
          .post(speakers, new JsonObject().put("onBehalfOf", "latin-american-caribbean-group"))
          .expect(201).json().getString("entryId");
      JsonObject inscribed = estonia.next("speakers.inscribed").json();
      assertEquals(session[1], inscribed.getString("agendaItemId"));
      assertEquals(brazil, inscribed.getString("entryId"));
      api.as("chair").post("/speakers/" + brazil + "/floor", new JsonObject().put("action", "floor")).expect(200);
      JsonObject floor = estonia.next("speakers.floor-changed").json();
      assertEquals(brazil, floor.getString("entryId"));
      assertEquals(api.as("delegate-est").get(speakers).expect(200).json().getLong("version"), floor.getLong("version"));
    }
  }

  @Test
  @DisplayName("A stakeholder may not follow a session for States (403), nobody an unknown one (404), anyone anonymous 401")
  void audience() {
    String[] states = sessionWithItem("states");
    try (EventStream contoso = api.as("ps-contoso").follow("/sessions/" + states[0] + "/events", null)) {
      assertEquals(403, contoso.status());
    }
    try (EventStream anonymous = api.anonymous().follow("/sessions/" + states[0] + "/events", null)) {
      assertEquals(401, anonymous.status());
    }
    try (EventStream unknown = api.as("delegate-fra").follow("/sessions/" + UUID.randomUUID() + "/events", null)) {
      assertEquals(404, unknown.status());
    }
    String[] segment = sessionWithItem("states-and-stakeholders");
    try (EventStream contoso = api.as("ps-contoso").follow("/sessions/" + segment[0] + "/events", null)) {
      assertEquals(200, contoso.status());
    }
  }
}
