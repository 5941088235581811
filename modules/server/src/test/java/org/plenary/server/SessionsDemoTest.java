package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;

@DisplayName("Dev mode seeds the calendar of sessions around today")
class SessionsDemoTest {

  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    api = DemoServer.api();
  }

  private static boolean has(JsonArray sessions, String kind, String status) {
    return sessions.stream().map(JsonObject.class::cast)
        .anyMatch(s -> kind.equals(s.getString("kind")) && status.equals(s.getString("status")));
  }

  @Test
  @DisplayName("The organizational session concluded, the substantive one in progress (five items adopted, meetings"
      + " today and tomorrow), a thematic group planned, a consultation open with its deadline")
  void calendar() {
    JsonArray sessions = api.get("/sessions?limit=50").expect(200).items();
    assertEquals("in-progress", sessions.getJsonObject(0).getString("status"), "sessions in progress first");
    JsonObject substantive = sessions.stream().map(JsonObject.class::cast)
        .filter(s -> "substantive".equals(s.getString("kind"))).findFirst().orElseThrow();
    JsonObject shown = api.get("/sessions/" + substantive.getString("id")).expect(200).json();
    assertEquals("adopted", shown.getJsonObject("agenda").getString("status"));
    assertEquals(5, shown.getJsonObject("agenda").getJsonArray("items").size());
    JsonArray meetings = shown.getJsonArray("meetings");
    assertEquals(5, meetings.size());
    String today = java.time.LocalDate.now(java.time.ZoneId.of("America/New_York")).toString();
    assertEquals(2, meetings.stream().map(JsonObject.class::cast).filter(m -> today.equals(m.getString("date")))
        .count(), "two meetings today, in New York");
    assertTrue(has(sessions, "organizational", "concluded"));
    assertTrue(has(sessions, "thematic-group", "planned"));
    assertTrue(has(sessions, "informal-consultation", "in-progress"));
    assertTrue(sessions.stream().map(JsonObject.class::cast)
        .filter(s -> "informal-consultation".equals(s.getString("kind"))).allMatch(s -> s.containsKey("deadline")));
  }
}
