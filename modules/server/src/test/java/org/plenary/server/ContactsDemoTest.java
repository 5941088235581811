package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;

@DisplayName("Dev mode seeds a Points of Contact directory with two past ping exercises")
class ContactsDemoTest {

  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    api = DemoServer.api();
  }

  @Test
  @DisplayName("Eight States nominated; the first exercise has every result; Egypt, silent twice, is offered training")
  void directoryAndExercises() {
    JsonArray directory = api.as("delegate-bra").get("/contacts").expect(200).items();
    assertTrue(directory.size() >= 8, directory.size() + " entries");
    api.as("cs-opennet").get("/contacts").expectProblem(404);
    JsonArray exercises = api.as("secretariat").get("/contacts/exercises").expect(200).items();
    assertEquals(2, exercises.size());
    String first = exercises.getJsonObject(1).getJsonObject("exercise").getString("id");
    JsonObject results = api.as("secretariat").get("/contacts/exercises/" + first + "/results").expect(200).json();
    Map<String, String> statuses = results.getJsonArray("states").stream().map(JsonObject.class::cast)
        .collect(Collectors.toMap(s -> s.getString("stateId"), s -> s.getString("status")));
    assertEquals("late", statuses.get("EST"));
    assertEquals("bounced", statuses.get("BRA"));
    assertEquals("no-answer", statuses.get("EGY"));
    assertEquals("acknowledged", statuses.get("FRA"));
    assertEquals(6.0 / 8, results.getJsonObject("overall").getDouble("share"), 1e-9);
    assertTrue(api.as("secretariat").get("/contacts/EGY/training-offer").expect(200).json().getBoolean("offered"));
  }
}
