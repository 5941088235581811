package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;

@DisplayName("The demo's speakers lists: a live one on the substantive session, statements of the organizational one")
class SpeakersDemoTest {

  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    api = DemoServer.api();
  }

  private JsonObject session(String kind) {
    return api.as("delegate-fra").get("/sessions?limit=50").expect(200).items().stream().map(s -> (JsonObject) s)
        .filter(s -> s.getString("kind").equals(kind)).findFirst().orElseThrow();
  }

  private String item(JsonObject session, String number) {
    JsonArray items = api.as("delegate-fra").get("/sessions/" + session.getString("id")).expect(200).json()
        .getJsonObject("agenda").getJsonArray("items");
    return items.stream().map(i -> (JsonObject) i).filter(i -> i.getString("number").equals(number)).findFirst()
        .orElseThrow().getString("id");
  }

  @Test
  @DisplayName("Item 5 of the substantive session: Brazil for the G77 spoke, France has the floor, Estonia,"
      + " Indonesia and Contoso Security wait")
  void liveList() {
    JsonObject substantive = session("substantive");
    JsonObject list = api.as("delegate-est").get("/sessions/" + substantive.getString("id") + "/items/"
        + item(substantive, "5") + "/speakers").expect(200).json();
    List<String> order = list.getJsonArray("statements").stream()
        .map(e -> ((JsonObject) e).getJsonObject("organization").getString("id")).toList();
    assertEquals(List.of("BRA", "FRA", "EST", "IDN", "contoso-security"), order);
    assertEquals("FRA", list.getJsonObject("floor").getJsonObject("organization").getString("id"));
    assertEquals("done", list.getJsonArray("statements").getJsonObject(0).getString("status"));
  }

  @Test
  @DisplayName("The concluded organizational session keeps the statements of the African Group, the EU and France")
  void statements() {
    JsonObject organizational = session("organizational");
    assertEquals("concluded", organizational.getString("status"));
    JsonArray statements = api.as("delegate-bra").get("/sessions/" + organizational.getString("id") + "/items/"
        + item(organizational, "4") + "/statements").expect(200).items();
    assertEquals(List.of("MWI", "FRA", "EU"), statements.stream()
        .map(s -> ((JsonObject) s).getJsonObject("organization").getString("id")).toList());
    assertEquals("fr", statements.getJsonObject(1).getString("language"));
  }
}
