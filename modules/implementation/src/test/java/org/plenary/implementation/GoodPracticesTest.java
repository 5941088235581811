package org.plenary.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Good practices: States and accredited stakeholders share how they implement a norm; States endorse")
class GoodPracticesTest {

  private final Api api = TestServer.api();

  static JsonObject practice(String title, String... norms) {
    return new JsonObject().put("title", title).put("what", "A national CERT exercise with operators.")
        .put("who", "The national CERT and 40 operators").put("lessons", "Start with the smallest operators.")
        .put("links", new JsonArray().add("A/70/174").add("https://example.org/exercise"))
        .put("language", "en").put("norms", new JsonArray(List.of(norms)));
  }

  private JsonObject share(String persona, JsonObject body) {
    return api.as(persona).withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/good-practices", body)
        .expect(201).json();
  }

  @Test
  @DisplayName("France shares a practice on norm (g), tagged with its region; Brazil endorses it and finds it"
      + " useful, once each, and withdraws its endorsement")
  void shareEndorseWithdraw() {
    String title = "Exercise " + UUID.randomUUID();
    JsonObject shared = share("delegate-fra", practice(title, "norm-g"));
    assertEquals("FRA", shared.getJsonObject("organization").getString("id"));
    assertEquals(List.of("western-european-others"), shared.getJsonArray("regions").getList());
    assertFalse(shared.getBoolean("mayMark"), "France does not endorse its own practice");
    String path = "/good-practices/" + shared.getString("id");

    Api brazil = api.as("delegate-bra");
    JsonObject endorsed = brazil.put(path + "/marks/endorse").expect(200).json();
    assertEquals(1, endorsed.getInteger("endorsements"));
    assertEquals(List.of("Brazil"), endorsed.getJsonArray("endorsedBy").getList());
    assertEquals(List.of("endorse"), endorsed.getJsonArray("myMarks").getList());
    String twice = brazil.put(path + "/marks/endorse").expectProblem(409);
    assertTrue(twice.contains("once per State"), twice);
    assertEquals(1, brazil.put(path + "/marks/useful").expect(200).json().getInteger("useful"));
    api.as("delegate-idn").put(path + "/marks/useful").expect(200);

    JsonObject read = api.anonymous().get(path).expect(200).json();
    assertEquals(1, read.getInteger("endorsements"));
    assertEquals(2, read.getInteger("useful"));
    assertEquals(List.of(), read.getJsonArray("myMarks").getList());

    JsonObject withdrawn = brazil.delete(path + "/marks/endorse").expect(200).json();
    assertEquals(0, withdrawn.getInteger("endorsements"));
    assertEquals(List.of("useful"), withdrawn.getJsonArray("myMarks").getList());
    brazil.delete(path + "/marks/endorse").expectProblem(404);
    assertEquals(1, brazil.put(path + "/marks/endorse").expect(200).json().getInteger("endorsements"),
        "withdrawn, it may be given again");
  }

  @Test
  @DisplayName("The list is filtered by norm, region and kind of organization, and paged by cursor")
  void listFilteredAndPaged() {
    String norm = "norm-k";
    share("ps-contoso", practice("Contoso's vulnerability desk", norm).put("regions",
        new JsonArray().add("african").add("asia-pacific")));
    share("delegate-mwi", practice("Malawi's CERT for emergency teams", norm));
    share("delegate-idn", practice("Indonesia's responders", norm));

    JsonArray african = api.anonymous().get("/good-practices?norm=" + norm + "&region=african").expect(200).items();
    assertTrue(titles(african).containsAll(List.of("Contoso's vulnerability desk", "Malawi's CERT for emergency teams")));
    assertFalse(titles(african).contains("Indonesia's responders"));
    JsonArray privateSector = api.anonymous().get("/good-practices?norm=" + norm + "&kind=private-sector").expect(200)
        .items();
    assertTrue(titles(privateSector).contains("Contoso's vulnerability desk"));
    assertTrue(privateSector.stream().map(JsonObject.class::cast)
        .allMatch(p -> "private-sector".equals(p.getJsonObject("organization").getString("kind"))));

    JsonObject first = api.anonymous().get("/good-practices?norm=" + norm + "&limit=1").expect(200).json();
    assertEquals(1, first.getJsonArray("items").size());
    JsonArray second = api.anonymous().get("/good-practices?norm=" + norm + "&limit=1&cursor="
        + first.getString("next")).expect(200).items();
    assertEquals(1, second.size());
    assertTrue(!second.getJsonObject(0).getString("id").equals(first.getJsonArray("items").getJsonObject(0)
        .getString("id")), "the second page starts after the first");
  }

  @Test
  @DisplayName("A stakeholder not accredited may not share (403 naming the rule); a stakeholder may not endorse")
  void refusals() {
    String pending = api.as("cs-pending").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/good-practices", practice("Pending", "norm-e")).expectProblem(403);
    assertTrue(pending.contains("not accredited"), pending);
    String eu = api.as("delegate-eu").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/good-practices", practice("EU", "norm-e")).expectProblem(403);
    assertTrue(eu.contains("States and accredited stakeholders"), eu);
    api.as("member-fra").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/good-practices", practice("Member", "norm-e")).expectProblem(403);

    String id = share("ac-institute", practice("Academic curriculum on norm (e)", "norm-e")).getString("id");
    String stakeholder = api.as("cs-opennet").put("/good-practices/" + id + "/marks/endorse")
        .expectProblem(403);
    assertTrue(stakeholder.contains("Only States endorse"), stakeholder);
    api.anonymous().put("/good-practices/" + id + "/marks/useful").expectProblem(401);
    api.as("delegate-fra").put("/good-practices/" + UUID.randomUUID() + "/marks/useful").expectProblem(404);
    api.as("delegate-fra").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/good-practices", practice("", "norm-e")).expectProblem(400);
    api.as("delegate-fra").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/good-practices", practice("Bad link", "norm-e").put("links", new JsonArray().add("javascript:x")))
        .expectProblem(400);
  }

  private static List<String> titles(JsonArray items) {
    return items.stream().map(JsonObject.class::cast).map(p -> p.getString("title")).toList();
  }
}
