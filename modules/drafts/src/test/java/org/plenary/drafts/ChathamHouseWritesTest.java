package org.plenary.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Drafting;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

/**
 * The answers of the drafts context's writes, and their refusals, under the Chatham House Rule: each tells its
 * caller no more than the reads would (see ChathamHouseDraftTest for the reads).
 */
@PlenaryTest
@DisplayName("A draft under the Chatham House Rule: no answer to a write, and no refusal, tells others that France objects, dissociates, amends or proposes")
class ChathamHouseWritesTest {

  private static final String OBJECTION = "France cannot accept the reference to attribution.";
  private static final String DISSOCIATION = "France does not consider itself bound by paragraph 2.";
  private static final String[] TRACES = {"FRA", "France", "Camille Laurent", OBJECTION, DISSOCIATION};

  private final Api api = TestServer.api();
  private final Drafting drafting = new Drafting(api);
  private final List<String> answers = new ArrayList<>();
  private String thread;
  private String first;
  private String second;
  private long franceAmends;
  private String franceCirculates;
  private String franceTables;

  @BeforeEach
  void franceTakesPart() {
    thread = drafting.openDraft(new JsonObject().put("chathamHouse", true));
    JsonObject draft = drafting.publish(thread, new JsonArray()
        .add(new JsonObject().put("text", "States condemned the attacks attributed to State actors."))
        .add(new JsonObject().put("text", "States will develop binding obligations.")));
    first = Drafting.paragraph(draft, 1);
    second = Drafting.paragraph(draft, 2);
    Api france = api.as("delegate-fra");
    france.post(stances(first), new JsonObject().put("stance", "object").put("explanation", OBJECTION)).expect(201);
    france.put("/drafts/" + thread + "/dissociation", new JsonObject().put("paragraphIds", new JsonArray().add(second))
        .put("explanation", DISSOCIATION)).expect(200);
    france.post(paragraph(first) + "/comments", new JsonObject().put("body", "Delete the last words.")).expect(201);
    franceAmends = drafting.amend("delegate-fra", thread, first, "States condemned the attacks against hospitals.");
    franceCirculates = france.post("/threads/" + thread + "/proposals", new JsonObject().put("title", "A directory")
        .put("text", "Establish a directory of points of contact.").put("circulate", true)).expect(201).json().getString("id");
    franceTables = france.post("/threads/" + thread + "/proposals", new JsonObject().put("title", "A programme")
        .put("text", "Establish a programme of action.")).expect(201).json().getString("id");
  }

  @Test
  @DisplayName("The EU records a stance for its members: it is recorded for every member named, France and Estonia's own "
      + "stances still count and count once, and naming France alone answers as naming any member does")
  void intergovernmentalStance() {
    JsonObject forAll = keepStance(api.as("delegate-eu").post(stances(first), new JsonObject().put("stance", "support")),
        27);
    assertFalse(forAll.containsKey("keptTheirOwn"), "the rule does not tell who kept their own stance");
    assertEquals(1, forAll.getJsonObject("consensus").getInteger("objectionCount"), "France's own objection stands");
    assertEquals(26, forAll.getJsonObject("consensus").getInteger("supportCount"), "France is not counted twice");
    assertTrue(forAll.getJsonObject("consensus").getJsonArray("objections").isEmpty());

    // Naming France alone, whose own stance stands, answers as naming any other member would: no oracle.
    JsonObject franceAlone = keepStance(api.as("delegate-eu").post(stances(first), new JsonObject().put("stance", "support")
        .put("onBehalfOf", new JsonArray().add("FRA"))), 1);
    JsonObject germanyAlone = keepStance(api.as("delegate-eu").post(stances(first), new JsonObject()
        .put("stance", "support").put("onBehalfOf", new JsonArray().add("DEU"))), 1);
    assertEquals(new JsonArray().add("FRA"), franceAlone.getJsonArray("recordedFor"));
    assertEquals(new JsonArray().add("DEU"), germanyAlone.getJsonArray("recordedFor"));
    assertEquals(1, franceAlone.getJsonObject("consensus").getInteger("objectionCount"));
    assertEquals(26, franceAlone.getJsonObject("consensus").getInteger("supportCount"));

    // A member's own stance recorded after the EU's takes precedence over it, and stays when the EU speaks again.
    api.as("delegate-est").post(stances(first), new JsonObject().put("stance", "reserve")).expect(201);
    keepStance(api.as("delegate-eu").post(stances(first), new JsonObject().put("stance", "object")), 27);
    JsonObject tracker = api.as("moderator").get("/drafts/" + thread + "/consensus").expect(200).json()
        .getJsonArray("paragraphs").getJsonObject(0);
    assertEquals(new JsonArray().add("EST"), Drafting.states(tracker.getJsonArray("reservations")), "Estonia's own");
    assertEquals(26, tracker.getInteger("objectionCount"), "France's own and 25 members' by the EU, none twice");
    assertEquals(0, tracker.getInteger("supportCount"));
    JsonArray france = api.as("moderator").get(stances(first) + "?state=FRA").expect(200).json().getJsonArray("items");
    assertEquals(1, france.stream().map(JsonObject.class::cast).filter(e -> e.getBoolean("current")).count(),
        "of France's entries only its own counts: " + france.encode());

    keepStance(api.as("delegate-eu").post(stances(second), new JsonObject().put("stance", "reserve")
        .put("onBehalfOf", new JsonArray().add("DEU"))), 1);
    assertNoTraceOfFrance();
  }

  /**
   * An EU stance's answer, kept to check it. It names the EU's members it was recorded for, France among them when
   * named: that says nothing of France's own stance, so only the rest of the answer is kept.
   */
  private JsonObject keepStance(Response response, int members) {
    JsonObject answer = response.expect(201).json();
    assertEquals(members, answer.getJsonArray("recordedFor").size(), answer.encode());
    JsonObject rest = answer.copy();
    rest.remove("recordedFor");
    answers.add(rest.encode());
    return answer;
  }

  @Test
  @DisplayName("Brazil's stance, comment, amendment, dissociation, sponsorships and proposals answer with Brazil's own "
      + "entries only; its refused attempts on France's amendment and proposals say nothing of France")
  void aStateWrites() {
    Api brazil = api.as("delegate-bra");
    keep(brazil.post(stances(first), new JsonObject().put("stance", "support"))).expect(201);
    keep(brazil.post(paragraph(first) + "/comments", new JsonObject().put("body", "Brazil could accept this."))).expect(201);
    long mine = keep(brazil.post(paragraph(first) + "/amendments", new JsonObject().put("text", "States condemned attacks.")))
        .expect(201).json().getLong("id");
    keep(brazil.put("/drafts/" + thread + "/dissociation", new JsonObject().put("paragraphIds", new JsonArray().add(second))))
        .expect(200);
    keep(brazil.post("/proposals/" + franceCirculates + "/sponsors")).expect(200);
    keep(brazil.post("/proposals/" + franceCirculates + "/sponsors")).expectProblem(409);
    keep(brazil.post("/proposals/" + franceTables + "/sponsors")).expect(200);
    keep(brazil.delete("/proposals/" + franceTables + "/sponsors/BRA")).expect(200);
    keep(brazil.delete("/proposals/" + franceTables + "/sponsors/FRA")).expectProblem(403);
    keep(brazil.post("/proposals/" + franceCirculates + "/table")).expectProblem(403);
    keep(brazil.post("/proposals/" + franceTables + "/withdraw")).expectProblem(403);
    keep(brazil.post("/drafts/" + thread + "/amendments/" + franceAmends + "/withdraw")).expectProblem(403);
    keep(brazil.post("/drafts/" + thread + "/amendments/" + franceAmends + "/not-retained")).expectProblem(403);
    keep(brazil.post("/drafts/" + thread + "/amendments/" + mine + "/withdraw")).expect(200);
    keep(brazil.post("/threads/" + thread + "/proposals", new JsonObject().put("title", "Brazil's proposal")
        .put("text", "A fund for capacity-building."))).expect(201);
    Api stakeholder = api.as("cs-opennet");
    keep(stakeholder.post(paragraph(first) + "/comments", new JsonObject().put("body", "Civil society agrees."))).expect(201);
    keep(stakeholder.post(paragraph(first) + "/amendments", new JsonObject().put("text", "States condemned all attacks.")))
        .expect(201);
    assertNoTraceOfFrance();
  }

  @Test
  @DisplayName("The Chair, who is not behind the rule, publishes Rev.1 incorporating France's amendment and ending "
      + "France's dissociation, and decides on amendments: neither the answers nor the refusals name France")
  void theChairPublishes() {
    Api chair = api.as("chair");
    JsonArray rev1 = new JsonArray()
        .add(new JsonObject().put("id", first).put("text", "States condemned the attacks against hospitals.")
            .put("incorporates", new JsonArray().add(franceAmends)))
        .add(new JsonObject().put("id", second).put("text", "States will consider binding obligations."));
    JsonArray misnamed = new JsonArray().add(rev1.getJsonObject(0).copy().put("incorporates", new JsonArray()))
        .add(rev1.getJsonObject(1).copy().put("incorporates", new JsonArray().add(franceAmends)));
    keep(chair.post("/drafts/" + thread + "/versions", new JsonObject().put("paragraphs", misnamed))).expectProblem(400);
    keep(chair.post("/drafts/" + thread + "/versions", new JsonObject().put("paragraphs", rev1)
        .put("notRetained", new JsonArray().add(franceAmends)))).expectProblem(400);
    JsonObject published = keep(chair.post("/drafts/" + thread + "/versions", new JsonObject().put("paragraphs", rev1)))
        .expect(201).json();
    assertEquals(franceAmends, published.getJsonObject("amendmentDecisions").getJsonArray("incorporated").getJsonObject(0)
        .getLong("id"));
    long stakeholders = drafting.amend("cs-opennet", thread, first, "States condemned attacks on hospitals and schools.");
    keep(chair.post("/drafts/" + thread + "/amendments/" + stakeholders + "/not-retained")).expect(200);
    keep(chair.post("/drafts/" + thread + "/amendments/" + franceAmends + "/not-retained")).expectProblem(409);
    keep(chair.get("/drafts/" + thread + "/amendments"));
    assertNoTraceOfFrance();
    assertTrue(api.as("moderator").get("/drafts/" + thread + "/amendments").body().contains("Camille Laurent"),
        "the moderator sees behind the rule");
  }

  /** Keeps the answer to check it; a problem's instance is the caller's own request path, not an answer. */
  private Response keep(Response response) {
    JsonObject body = response.json();
    body.remove("instance");
    answers.add(body.encode());
    return response;
  }

  private void assertNoTraceOfFrance() {
    assertFalse(answers.isEmpty());
    for (String body : answers) {
      for (String trace : TRACES) {
        assertFalse(body.contains(trace), "'" + trace + "' in " + body);
      }
    }
  }

  private String paragraph(String id) {
    return "/drafts/" + thread + "/paragraphs/" + id;
  }

  private String stances(String id) {
    return paragraph(id) + "/stances";
  }
}
