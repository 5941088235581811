package org.plenary.profiles;

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
import org.plenary.testing.CapacityFixtures;
import org.plenary.testing.Drafting;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Country profiles side by side: stances on a paragraph, reports on a norm, and what each reader may see")
class ComparisonTest {

  private final Api api = TestServer.api();
  private final Drafting drafting = new Drafting(api);

  @Test
  @DisplayName("France, Brazil and Indonesia on one draft paragraph: their stances with their reasons, and a dissociation")
  void threeStatesOnAParagraph() {
    JsonObject draft = drafting.zeroDraft(2);
    String thread = Drafting.thread(draft);
    String paragraph = Drafting.paragraph(draft, 1);
    stance("delegate-fra", thread, paragraph, "support", "It restates the 2015 consensus.");
    stance("delegate-bra", thread, paragraph, "object", "It leaves out capacity-building.");
    stance("delegate-idn", thread, paragraph, "reserve", "We consult our capital.");
    api.as("delegate-bra").put("/drafts/" + thread + "/dissociation", new JsonObject()
        .put("paragraphIds", new JsonArray(List.of(paragraph))).put("explanation", "Brazil stands apart.")).expect(200);

    JsonObject compared = api.anonymous().get("/profiles/comparison?states=FRA,BRA,IDN&paragraph=" + paragraph)
        .expect(200).json();
    assertEquals(1, compared.getJsonObject("paragraph").getInteger("number"));
    assertEquals("Paragraph 1 of the zero draft.", compared.getJsonObject("paragraph").getString("text"));
    JsonArray states = compared.getJsonArray("states");
    assertEquals(List.of("FRA", "BRA", "IDN"), states.stream()
        .map(s -> ((JsonObject) s).getJsonObject("state").getString("id")).toList(), "in the order named");
    assertEquals("support", states.getJsonObject(0).getJsonObject("stance").getString("stance"));
    assertEquals("It restates the 2015 consensus.", states.getJsonObject(0).getJsonObject("stance")
        .getString("explanation"));
    assertEquals("object", states.getJsonObject(1).getJsonObject("stance").getString("stance"));
    assertEquals("Brazil stands apart.", states.getJsonObject(1).getJsonObject("dissociation").getString("explanation"));
    assertEquals("reserve", states.getJsonObject(2).getJsonObject("stance").getString("stance"));
    assertFalse(states.getJsonObject(0).containsKey("dissociation"));

    JsonObject profile = api.anonymous().get("/organizations/BRA/profile?limit=50").expect(200).json();
    JsonObject onDraft = profile.getJsonObject("drafts").getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(d -> d.getString("threadId").equals(thread)).findFirst().orElseThrow();
    assertEquals("object", onDraft.getJsonArray("stances").getJsonObject(0).getString("stance"));
    assertEquals(new JsonArray(List.of(1)), onDraft.getJsonObject("dissociation").getJsonArray("paragraphs"));
  }

  @Test
  @DisplayName("Under the Chatham House Rule a State's stance is withheld from those who may not see it, shown to itself")
  void chathamHouseStances() {
    String thread = drafting.openDraft(new JsonObject().put("chathamHouse", true));
    JsonObject draft = drafting.publish(thread, new JsonArray().add(new JsonObject().put("text", "Only paragraph.")));
    String paragraph = Drafting.paragraph(draft, 1);
    stance("delegate-fra", thread, paragraph, "support", "Under the rule.");
    stance("delegate-bra", thread, paragraph, "object", "Under the rule too.");
    String path = "/profiles/comparison?states=FRA,BRA&paragraph=" + paragraph;
    JsonArray anonymous = api.anonymous().get(path).expect(200).json().getJsonArray("states");
    assertTrue(anonymous.getJsonObject(0).getBoolean("withheld"));
    assertFalse(anonymous.getJsonObject(0).containsKey("stance"));
    JsonArray france = api.as("delegate-fra").get(path).expect(200).json().getJsonArray("states");
    assertEquals("support", france.getJsonObject(0).getJsonObject("stance").getString("stance"));
    assertTrue(france.getJsonObject(1).getBoolean("withheld"), "France does not learn Brazil's stance");
    JsonObject profile = api.as("delegate-fra").get("/organizations/BRA/profile?limit=50").expect(200).json();
    assertTrue(profile.getJsonObject("drafts").getJsonArray("items").stream().map(JsonObject.class::cast)
        .noneMatch(d -> d.getString("threadId").equals(thread)));
  }

  @Test
  @DisplayName("Malawi's report for States: absent from its profile for anonymous and cs-opennet, present for delegate-bra")
  void statesReport() {
    String cycle = cycle();
    publish("delegate-mwi", cycle, "MWI", "states", "g");
    String path = "/organizations/MWI/profile?limit=50";
    assertFalse(hasReport(api.anonymous().get(path).expect(200).json(), cycle));
    assertFalse(hasReport(api.as("cs-opennet").get(path).expect(200).json(), cycle));
    assertTrue(hasReport(api.as("delegate-bra").get(path).expect(200).json(), cycle));
  }

  @Test
  @DisplayName("France and Brazil on norm (f): each State's answers in its report, the reader's rights applied")
  void onANorm() {
    String cycle = cycle();
    publish("delegate-fra", cycle, "FRA", "public", "f");
    publish("delegate-bra", cycle, "BRA", "states", "f");
    JsonArray anonymous = api.anonymous().get("/profiles/comparison?states=FRA,BRA&norm=norm-f").expect(200).json()
        .getJsonArray("states");
    assertEquals("Our understanding of norm (f).", anonymous.getJsonObject(0).getJsonObject("answers")
        .getJsonArray("answers").getJsonObject(0).getString("text"));
    assertFalse(anonymous.getJsonObject(1).containsKey("answers"), "Brazil's report is for States only");
    JsonArray estonia = api.as("delegate-est").get("/profiles/comparison?states=FRA,BRA&norm=norm-f").expect(200)
        .json().getJsonArray("states");
    assertEquals(cycle, estonia.getJsonObject(1).getJsonObject("answers").getString("cycleId"));
  }

  @Test
  @DisplayName("A fourth State, a State named twice, a stakeholder or neither norm nor paragraph: a 400 that says why")
  void badComparisons() {
    String four = api.anonymous().get("/profiles/comparison?states=FRA,BRA,IDN,EST&norm=norm-f").expectProblem(400);
    assertTrue(four.contains("At most 3 States"), four);
    assertTrue(api.anonymous().get("/profiles/comparison?states=FRA,FRA&norm=norm-f").expectProblem(400)
        .contains("twice"));
    api.anonymous().get("/profiles/comparison?states=FRA&norm=norm-f").expectProblem(400);
    assertTrue(api.anonymous().get("/profiles/comparison?states=FRA,BRA").expectProblem(400).contains("exactly one"));
    api.anonymous().get("/profiles/comparison?states=FRA,EU&norm=norm-f").expectProblem(400);
    api.anonymous().get("/profiles/comparison?states=fra,bra&norm=norm-f").expectProblem(400);
    api.anonymous().get("/profiles/comparison?states=FRA,BRA&paragraph=" + UUID.randomUUID()).expectProblem(404);
  }

  @Test
  @DisplayName("The board: France's offer is in its profile")
  void board() {
    CapacityFixtures board = new CapacityFixtures(api);
    String offer = board.offer("delegate-fra", CapacityFixtures.offer(CapacityFixtures.yearsAhead(1)));
    JsonArray offers = api.anonymous().get("/organizations/FRA/profile?limit=50").expect(200).json()
        .getJsonObject("offers").getJsonArray("items");
    assertTrue(offers.stream().map(JsonObject.class::cast).anyMatch(o -> o.getString("id").equals(offer)));
  }

  private void stance(String persona, String thread, String paragraph, String stance, String reason) {
    api.as(persona).post("/drafts/" + thread + "/paragraphs/" + paragraph + "/stances",
        new JsonObject().put("stance", stance).put("explanation", reason)).expect(201);
  }

  private String cycle() {
    String id = "p-" + UUID.randomUUID().toString().substring(0, 8);
    api.as("secretariat").post("/reporting-cycles", new JsonObject().put("id", id).put("title", "Cycle " + id)
        .put("cutOff", "2099-12-31")).expect(201);
    return id;
  }

  private void publish(String persona, String cycle, String state, String audience, String letter) {
    String path = "/reporting-cycles/" + cycle + "/reports/" + state;
    Api as = api.as(persona);
    JsonObject answers = new JsonObject().put("norms", new JsonObject().put("norm-" + letter, new JsonObject()
        .put("understanding", "Our understanding of norm (" + letter + ").").put("needs", "Training.")));
    as.put(path + "/draft", new JsonObject().put("baseVersion", 0).put("language", "en").put("answers", answers))
        .expect(200);
    as.post(path + "/submit").expect(200);
    as.post(path + "/publish", new JsonObject().put("audience", audience)).expect(200);
  }

  private static boolean hasReport(JsonObject profile, String cycle) {
    return profile.getJsonObject("reports").getJsonArray("items").stream().map(JsonObject.class::cast)
        .anyMatch(r -> r.getString("cycleId").equals(cycle));
  }
}
