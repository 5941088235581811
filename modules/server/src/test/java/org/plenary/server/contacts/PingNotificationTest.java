package org.plenary.server.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.EventStream;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A ping exercise reaches the pinged State's delegates as a notification whose link acknowledges once")
class PingNotificationTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("France's delegate is notified with the one-time link and acknowledges; France's member is not told")
  void delegateNotified() {
    Api fra = api.as("delegate-fra");
    int version = fra.get("/contacts/FRA").expect(200).json().getInteger("version");
    fra.put("/contacts/FRA", new JsonObject().put("baseVersion", version).put("contacts", new JsonArray()
        .add(new JsonObject().put("kind", "technical").put("name", "ANSSI duty officer")
            .put("email", "cert@anssi.example")))).expect(200);
    api.as("member-fra").get("/me").expect(200);
    try (EventStream stream = fra.follow("/me/events", null)) {
      String exercise = api.as("secretariat").post("/contacts/exercises", new JsonObject()
          .put("states", new JsonArray().add("FRA")).put("windowHours", 48)).expect(201).json().getString("id");
      JsonObject details = nextPing(stream, exercise);
      assertEquals("ANSSI duty officer", details.getString("contactName"));
      String url = details.getString("acknowledgeUrl");
      assertTrue(url.contains("/contacts/acknowledge/"), url);
      String token = url.substring(url.lastIndexOf('/') + 1);
      assertEquals("acknowledged", api.anonymous().post("/contacts/acknowledgements/" + token).expect(200).json()
          .getString("status"));
      api.anonymous().post("/contacts/acknowledgements/" + token).expectProblem(409);
      assertTrue(api.as("member-fra").get("/me/notifications?limit=100").expect(200).items().stream()
          .map(JsonObject.class::cast).noneMatch(n -> "ping".equals(n.getString("reason"))), "members are not told");
    }
  }

  private static JsonObject nextPing(EventStream stream, String exercise) {
    while (true) {
      EventStream.Event event = stream.next("notification.created");
      assertNotEquals(EventStream.END, event, "the stream ended");
      JsonObject notification = event.json().getJsonObject("notification");
      if ("ping".equals(notification.getString("reason"))
          && exercise.equals(notification.getJsonObject("details").getString("exerciseId"))) {
        return notification.getJsonObject("details");
      }
    }
  }
}
