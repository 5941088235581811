package org.plenary.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Ping exercises: one-time links, results by State for the State and the Secretariat, the aggregate for States")
class PingExerciseTest {

  private final Api api = TestServer.api();
  private final ContactFixtures fixtures = new ContactFixtures(api);

  @Test
  @DisplayName("Five States pinged: three acknowledge, one late, one no answer; results and aggregate right")
  void fiveStates() {
    List.of("FRA", "EST", "MWI", "BRA", "IDN").forEach(fixtures::nominate);
    String exercise = fixtures.exercise("FRA", "EST", "MWI", "BRA", "IDN");
    for (String state : List.of("FRA", "EST", "MWI")) {
      List<String> tokens = ContactFixtures.tokens(exercise, state);
      assertEquals(1, tokens.size(), state + " has one point of contact, pinged once");
      assertEquals("acknowledged", fixtures.acknowledge(tokens.get(0)).expect(200).json().getString("status"));
    }
    JsonObject open = api.as("secretariat").get("/contacts/exercises/" + exercise + "/results").expect(200).json();
    assertEquals("pending", status(open, "BRA"), "the window is still open");
    ContactFixtures.closeWindow(exercise);
    assertEquals("late", fixtures.acknowledge(ContactFixtures.tokens(exercise, "BRA").get(0)).expect(200).json()
        .getString("status"));

    JsonObject results = api.as("secretariat").get("/contacts/exercises/" + exercise + "/results").expect(200).json();
    assertTrue(results.getJsonObject("exercise").getBoolean("closed"));
    assertEquals(Map.of("FRA", "acknowledged", "EST", "acknowledged", "MWI", "acknowledged", "BRA", "late",
        "IDN", "no-answer"), statuses(results));
    JsonObject overall = results.getJsonObject("overall");
    assertEquals(5, overall.getInteger("states"));
    assertEquals(4, overall.getInteger("answered"));
    assertEquals(3, overall.getInteger("acknowledged"));
    assertEquals(1, overall.getInteger("late"));
    assertEquals(0.8, overall.getDouble("share"), 1e-9);
    Map<String, Double> byGroup = results.getJsonArray("byGroup").stream().map(JsonObject.class::cast)
        .collect(Collectors.toMap(g -> g.getString("regionalGroup"), g -> g.getDouble("share")));
    assertEquals(Map.of("western-european-others", 1.0, "eastern-european", 1.0, "african", 1.0,
        "latin-american-caribbean", 1.0, "asia-pacific", 0.0), byGroup);

    JsonObject asFrance = api.as("delegate-fra").get("/contacts/exercises/" + exercise + "/results").expect(200)
        .json();
    assertEquals(Map.of("FRA", "acknowledged"), statuses(asFrance), "a State sees its own result only");
    assertEquals(4, asFrance.getJsonObject("overall").getInteger("answered"), "and the aggregate");
    JsonObject asRussia = api.as("delegate-rus").get("/contacts/exercises/" + exercise + "/results").expect(200)
        .json();
    assertEquals(Map.of(), statuses(asRussia), "a State not pinged sees no State's result");
    assertEquals(0.8, asRussia.getJsonObject("overall").getDouble("share"), 1e-9);
    api.as("cs-opennet").get("/contacts/exercises/" + exercise + "/results").expectProblem(404);
    api.anonymous().get("/contacts/exercises/" + exercise + "/results").expectProblem(404);

    JsonObject listed = api.as("delegate-idn").get("/contacts/exercises").expect(200).items().stream()
        .map(JsonObject.class::cast).filter(x -> x.getJsonObject("exercise").getString("id").equals(exercise))
        .findFirst().orElseThrow();
    assertEquals("no-answer", listed.getString("ownResult"));
    assertEquals(0.8, listed.getJsonObject("overall").getDouble("share"), 1e-9);
  }

  @Test
  @DisplayName("A link used more than fourteen days after the window: 409 expired, nothing recorded, still no answer")
  void linkExpired() {
    fixtures.nominate("MWI");
    String exercise = fixtures.exercise("MWI");
    String token = ContactFixtures.tokens(exercise, "MWI").get(0);
    ContactFixtures.moveBack(exercise, 16);
    Response expired = fixtures.acknowledge(token);
    expired.expectProblem(409);
    assertEquals("/problems/acknowledgement-link-expired", expired.json().getString("type"));
    assertTrue(expired.json().getString("detail").contains("results are final"), expired.json().getString("detail"));
    assertEquals(0, ContactFixtures.auditedAbout("contacts.ping-acknowledged", exercise), "nothing recorded");
    assertEquals(Map.of("MWI", "no-answer"), statuses(api.as("secretariat")
        .get("/contacts/exercises/" + exercise + "/results").expect(200).json()));
  }

  @Test
  @DisplayName("A link used twice: 409, the first answer kept; an unknown link 404; only the Secretariat starts exercises")
  void linkTwice() {
    fixtures.nominate("MWI");
    String exercise = fixtures.exercise("MWI");
    String token = ContactFixtures.tokens(exercise, "MWI").get(0);
    fixtures.acknowledge(token).expect(200);
    Response twice = fixtures.acknowledge(token);
    twice.expectProblem(409);
    assertEquals("/problems/acknowledged-already", twice.json().getString("type"));
    assertEquals("/problems/unknown-acknowledgement-link",
        fixtures.acknowledge("A".repeat(43)).json().getString("type"));
    assertEquals(1, ContactFixtures.audited("ping-exercise", exercise), "the start audited");
    assertEquals(1, ContactFixtures.auditedAbout("contacts.ping-acknowledged", exercise), "the answer audited once");
    assertEquals(Map.of("MWI", "acknowledged"), statuses(api.as("secretariat")
        .get("/contacts/exercises/" + exercise + "/results").expect(200).json()));

    Response byState = api.as("delegate-fra").post("/contacts/exercises", new JsonObject()
        .put("states", "all").put("windowHours", 24));
    byState.expectProblem(403);
    assertEquals("/problems/secretariat-pings", byState.json().getString("type"));
    Response unknown = api.as("secretariat").post("/contacts/exercises", new JsonObject()
        .put("states", new JsonArray().add("FRA").add("XXX")).put("windowHours", 24));
    assertTrue(unknown.expectProblem(422).contains("XXX"));
    api.as("secretariat").post("/contacts/exercises", new JsonObject().put("states", "all")
        .put("windowHours", 0)).expectProblem(400);
  }

  @Test
  @DisplayName("Russia's contacts answer neither of two exercises in a row: it is offered, and posts, a training need")
  void twoInARow() {
    fixtures.nominate("RUS");
    Api rus = api.as("delegate-rus");
    String first = fixtures.exercise("RUS");
    ContactFixtures.closeWindow(first);
    assertFalse(rus.get("/contacts/RUS/training-offer").expect(200).json().getBoolean("offered"), "one is no row");
    assertEquals("/problems/no-training-offer", rus.post("/contacts/RUS/training-offer").json().getString("type"));
    String second = fixtures.exercise("RUS");
    ContactFixtures.closeWindow(second);
    JsonObject offer = rus.get("/contacts/RUS/training-offer").expect(200).json();
    assertTrue(offer.getBoolean("offered"));
    assertEquals(2, offer.getJsonArray("unansweredExercises").size());
    api.as("delegate-fra").get("/contacts/RUS/training-offer").expectProblem(404);
    api.as("delegate-fra").post("/contacts/RUS/training-offer").expectProblem(403);
    String needId = rus.post("/contacts/RUS/training-offer").expect(201).json().getString("needId");
    assertEquals("Points of contact training", rus.get("/capacity/needs/" + needId).expect(200).json()
        .getString("title"));
  }

  private static String status(JsonObject results, String stateId) {
    return statuses(results).get(stateId);
  }

  private static Map<String, String> statuses(JsonObject results) {
    return results.getJsonArray("states").stream().map(JsonObject.class::cast)
        .collect(Collectors.toMap(s -> s.getString("stateId"), s -> s.getString("status")));
  }
}
