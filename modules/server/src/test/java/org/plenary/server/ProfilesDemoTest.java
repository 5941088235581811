package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.testing.Api;

@DisplayName("Dev mode makes France's, Brazil's and Indonesia's country profiles rich, and comparable")
class ProfilesDemoTest {

  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    api = DemoServer.api();
  }

  @ParameterizedTest
  @ValueSource(strings = {"FRA", "BRA", "IDN"})
  @DisplayName("Each has a superseded position beside its current one, stances on the annual report, reports and practices")
  void richProfile(String state) {
    JsonObject profile = api.as("delegate-est").get("/organizations/" + state + "/profile?limit=50").expect(200).json();
    boolean superseded = profile.getJsonObject("positions").getJsonArray("items").stream().map(JsonObject.class::cast)
        .flatMap(thread -> thread.getJsonArray("positions").stream().map(JsonObject.class::cast))
        .anyMatch(post -> "superseded".equals(post.getString("status")));
    assertTrue(superseded, state + " has a superseded position");
    JsonArray drafts = profile.getJsonObject("drafts").getJsonArray("items");
    assertFalse(drafts.isEmpty(), state + " took stances on the annual report");
    assertTrue(drafts.getJsonObject(0).getJsonArray("stances").size() >= 2);
    assertFalse(profile.getJsonObject("reports").getJsonArray("items").isEmpty());
    assertFalse(profile.getJsonObject("practices").getJsonArray("items").isEmpty());
  }

  @Test
  @DisplayName("On the paragraph on legally binding obligations: France and Brazil support with reasons, Indonesia reserves and dissociates")
  void threeOnTheLegalParagraph() {
    JsonObject drafts = api.get("/organizations/IDN/profile?limit=50").expect(200).json().getJsonObject("drafts");
    JsonObject legal = drafts.getJsonArray("items").getJsonObject(0).getJsonArray("stances").stream()
        .map(JsonObject.class::cast).filter(s -> "reserve".equals(s.getString("stance"))).findFirst().orElseThrow();
    JsonArray states = api.get("/profiles/comparison?states=FRA,BRA,IDN&paragraph=" + legal.getString("paragraphId"))
        .expect(200).json().getJsonArray("states");
    assertEquals(List.of("support", "support", "reserve"), states.stream()
        .map(s -> ((JsonObject) s).getJsonObject("stance").getString("stance")).toList());
    assertTrue(states.getJsonObject(1).getJsonObject("stance").containsKey("explanation"));
    assertTrue(states.getJsonObject(2).getJsonObject("dissociation").getString("explanation").contains("Indonesia"));
  }

  @Test
  @DisplayName("On norm (g) all three answered in their 2026 reports and spoke in a thread tagged with it")
  void threeOnNormG() {
    JsonArray states = api.as("delegate-fra").get("/profiles/comparison?states=FRA,BRA,IDN&norm=norm-g").expect(200)
        .json().getJsonArray("states");
    states.stream().map(JsonObject.class::cast).forEach(column -> {
      assertTrue(column.containsKey("answers"), column.getJsonObject("state").getString("id"));
      assertFalse(column.getJsonArray("positions").isEmpty(), column.getJsonObject("state").getString("id"));
    });
  }
}
