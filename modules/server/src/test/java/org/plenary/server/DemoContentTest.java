package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.TestServer;

@DisplayName("Dev mode seeds a living dialogue into an empty database")
class DemoContentTest {

  private static TestServer.Running server;
  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(Map.of("PLENARY_DEMO_CONTENT", "true"));
    api = new Api(server.baseUrl());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private JsonArray threads(String topic) {
    return api.as("moderator").get("/topics/" + topic + "/threads").expect(200).items();
  }

  @Test
  @DisplayName("Every topic has a thread, and the positions come from States of all five regional groups")
  void everyTopicAndGroup() {
    Set<String> groups = new HashSet<>();
    for (Object topic : api.get("/topics").expect(200).items()) {
      String id = ((JsonObject) topic).getString("id");
      JsonArray threads = threads(id);
      assertFalse(threads.isEmpty(), id + " has no thread");
      for (Object thread : threads) {
        for (Object post : api.as("moderator").get("/threads/" + ((JsonObject) thread).getString("id") + "/posts")
            .expect(200).items()) {
          JsonObject speaksFor = ((JsonObject) post).getJsonObject("speaksFor");
          if (speaksFor != null && speaksFor.getString("regionalGroup") != null) {
            groups.add(speaksFor.getString("regionalGroup"));
          }
        }
      }
    }
    assertEquals(5, groups.size(), groups.toString());
  }

  @Test
  @DisplayName("The call for positions has EU alignments, a joint statement and stakeholder comments")
  void callForPositions() {
    String thread = threads("norms").stream().map(JsonObject.class::cast)
        .filter(t -> "position-call".equals(t.getString("kind"))).findFirst().orElseThrow().getString("id");
    JsonArray posts = api.get("/threads/" + thread + "/posts").expect(200).items();
    JsonObject eu = posts.stream().map(JsonObject.class::cast)
        .filter(p -> "EU".equals(p.getJsonObject("speaksFor").getString("id"))).findFirst().orElseThrow();
    assertEquals(3, eu.getJsonArray("alignedBy").size());
    assertTrue(posts.stream().map(JsonObject.class::cast).anyMatch(p -> p.getJsonArray("onBehalfOf") != null
        && p.getJsonArray("onBehalfOf").size() == 4));
    long statePositions = posts.stream().map(JsonObject.class::cast)
        .filter(p -> "position".equals(p.getString("kind")) && "state".equals(p.getString("constituency"))).count();
    assertTrue(statePositions >= 12, statePositions + " State positions");
    assertTrue(posts.stream().map(JsonObject.class::cast).anyMatch(p -> "civil-society".equals(p.getString("constituency"))));
  }

  @Test
  @DisplayName("The Chatham House consultation shows cs-opennet no names")
  void chathamHouseConsultation() {
    JsonObject consultation = threads("capacity-building").getJsonObject(0);
    assertTrue(consultation.getBoolean("chathamHouse"));
    String posts = api.as("cs-opennet").get("/threads/" + consultation.getString("id") + "/posts").expect(200).body();
    assertFalse(posts.contains("Malawi") || posts.contains("MWI") || posts.contains("\"speaksFor\""), posts);
  }

  @Test
  @DisplayName("The record's rules show: a joint statement confirmed by some States and awaited from Chile, a closed"
      + " thread with its reason, a position withdrawn with its reason")
  void rulesOfTheRecord() {
    String call = threads("norms").stream().map(JsonObject.class::cast)
        .filter(t -> "position-call".equals(t.getString("kind"))).findFirst().orElseThrow().getString("id");
    JsonObject joint = api.get("/threads/" + call + "/posts").expect(200).items().stream().map(JsonObject.class::cast)
        .filter(p -> p.getJsonArray("onBehalfOf") != null).findFirst().orElseThrow();
    Map<String, String> consent = new java.util.HashMap<>();
    joint.getJsonArray("onBehalfOf").forEach(s -> consent.put(((JsonObject) s).getString("id"),
        ((JsonObject) s).getString("consent")));
    assertEquals(Map.of("ARG", "confirmed", "BRA", "confirmed", "CHL", "pending", "MEX", "confirmed"), consent);

    JsonObject closed = threads("confidence-building").stream().map(JsonObject.class::cast)
        .filter(t -> "closed".equals(t.getString("status"))).findFirst().orElseThrow();
    assertTrue(closed.getString("statusReason").contains("concluded"), closed.encode());
    assertTrue(closed.getBoolean("recordFrozen"));

    boolean withdrawnWithReason = threads("institutional-dialogue").stream().map(JsonObject.class::cast)
        .flatMap(t -> api.as("moderator").get("/threads/" + t.getString("id") + "/posts").expect(200).items().stream())
        .map(JsonObject.class::cast)
        .anyMatch(p -> "withdrawn".equals(p.getString("status")) && p.getString("withdrawalReason") != null);
    assertTrue(withdrawnWithReason, "a position withdrawn with its reason");
  }

  @Test
  @DisplayName("Four published Chair's summaries that France's delegate lists: France's superseded position, 'fewer than 3' under the Chatham House Rule, opposite positions, good practices cited (NationalReportsDemoTest); one in the Chair's inbox")
  void summaries() {
    JsonArray published = api.as("delegate-fra").get("/summaries").expect(200).items();
    assertEquals(4, published.size());
    assertEquals(1, api.as("chair").get("/summaries?status=submitted").expect(200).items().size());
    JsonObject norms = generated(published, "Call for positions");
    assertEquals("France", norms.getJsonArray("positionChanges").getJsonObject(0).getString("by"));
    assertEquals("superseded", norms.getJsonArray("positionChanges").getJsonObject(0).getString("status"));
    JsonObject consultation = generated(published, "Intersessional consultation");
    assertTrue(consultation.getJsonObject("participation").getJsonArray("byRegionalGroup").stream()
        .map(JsonObject.class::cast).allMatch(g -> g.getInteger("organizationsFewerThan") == 3), consultation.encode());
    JsonObject modalities = generated(published, "Modalities");
    JsonObject opposed = modalities.getJsonArray("divergence").stream().map(JsonObject.class::cast)
        .filter(d -> "opposing-positions".equals(d.getString("kind"))).findFirst().orElseThrow();
    assertEquals("Russian Federation", opposed.getJsonArray("opposing").getJsonObject(0).getString("by"));
  }

  private static JsonObject generated(JsonArray summaries, String titleStart) {
    return summaries.stream().map(JsonObject.class::cast).map(s -> s.getJsonObject("generated"))
        .filter(g -> g.getString("threadTitle").startsWith(titleStart)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("Accreditation: Digital Rights Watch waits in its window with a claim of ECOSOC status for the Secretariat to confirm, the Cyber Peace Collective was objected to, Fabrikam registered with ECOSOC status")
  void accreditations() {
    JsonArray applications = api.as("delegate-fra").get("/accreditations").expect(200).items();
    JsonObject pending = applications.stream().map(JsonObject.class::cast)
        .filter(a -> "digital-rights-watch".equals(a.getJsonObject("organization").getString("id"))).findFirst().orElseThrow();
    assertTrue(pending.getBoolean("windowOpen"));
    assertEquals("pending", pending.getString("status"));
    assertTrue(pending.getBoolean("ecosocClaimed"));
    assertFalse(pending.getBoolean("ecosocStatus"));
    assertEquals(pending.getString("id"), api.as("secretariat").get("/accreditations?ecosoc=claimed").expect(200).items()
        .getJsonObject(0).getString("id"));
    JsonObject fabrikam = applications.stream().map(JsonObject.class::cast)
        .filter(a -> "fabrikam-research".equals(a.getJsonObject("organization").getString("id"))).findFirst().orElseThrow();
    assertEquals("ecosoc-notification", fabrikam.getString("decidedHow"));
    assertTrue(fabrikam.getBoolean("ecosocStatus"));
    JsonObject objected = applications.stream().map(JsonObject.class::cast)
        .filter(a -> "objected".equals(a.getString("status"))).findFirst().orElseThrow();
    assertEquals("RUS", objected.getJsonArray("objections").getJsonObject(0).getJsonObject("state").getString("id"));
  }

  @Test
  @DisplayName("The zero draft of the annual progress report has a Rev.1, stances of all five groups, a contested paragraph, amendments proposed, incorporated and not retained, a dissociation Rev.1 ended, and a proposal with original and later sponsors, each joined by its own delegate")
  void annualReportAndProposal() {
    String thread = api.get("/topics/institutional-dialogue/threads?kind=draft").expect(200).items().getJsonObject(0)
        .getString("id");
    JsonObject draft = api.get("/drafts/" + thread).expect(200).json();
    assertEquals(6, draft.getJsonArray("paragraphs").size());
    assertEquals("Rev.1", draft.getJsonObject("version").getString("label"));
    assertEquals(1, draft.getJsonObject("consensus").getInteger("contested"));
    assertTrue(draft.getJsonObject("consensus").getInteger("agreed") >= 2);
    assertEquals(5, draft.getJsonArray("paragraphs").getJsonObject(0).getJsonObject("consensus")
        .getInteger("supportingGroupCount"));
    String capacity = draft.getJsonArray("paragraphs").getJsonObject(5).getString("id");
    assertEquals(1, api.get("/drafts/" + thread + "/paragraphs/" + capacity + "/amendments").expect(200).items().size());
    String threats = draft.getJsonArray("paragraphs").getJsonObject(2).getString("id");
    JsonObject incorporated = api.get("/drafts/" + thread + "/paragraphs/" + threats + "/amendments").expect(200).items()
        .getJsonObject(0);
    assertEquals("incorporated", incorporated.getString("status"));
    assertEquals("Rev.1", incorporated.getJsonObject("incorporatedIn").getString("label"));
    String norms = draft.getJsonArray("paragraphs").getJsonObject(3).getString("id");
    assertEquals("not-retained", api.get("/drafts/" + thread + "/paragraphs/" + norms + "/amendments").expect(200).items()
        .getJsonObject(0).getString("status"));
    JsonObject russia = api.get("/drafts/" + thread + "/consensus").expect(200).json().getJsonArray("dissociations")
        .stream().map(JsonObject.class::cast).filter(d -> "RUS".equals(d.getJsonObject("state").getString("id")))
        .findFirst().orElseThrow();
    assertEquals(threats, russia.getJsonArray("ended").getJsonObject(0).getString("id"), "Rev.1 revised paragraph 3");

    String modalities = threads("institutional-dialogue").stream().map(JsonObject.class::cast)
        .filter(t -> t.getString("title").startsWith("Modalities")).findFirst().orElseThrow().getString("id");
    JsonObject proposal = api.as("delegate-fra").get("/threads/" + modalities + "/proposals").expect(200).items()
        .getJsonObject(0);
    assertEquals("tabled", proposal.getString("status"));
    assertEquals(new JsonArray().add("BRA").add("ARG").add("CHL").add("MEX"), states(proposal.getJsonArray("originalSponsors")));
    assertEquals(3, proposal.getJsonArray("laterSponsors").size());
  }

  private static JsonArray states(JsonArray sponsors) {
    JsonArray ids = new JsonArray();
    sponsors.forEach(s -> ids.add(((JsonObject) s).getJsonObject("state").getString("id")));
    return ids;
  }

  @Test
  @DisplayName("The needs-resources board has needs of several States, offers of five providers, and engagements in every"
      + " state, one waiting for the provider's acceptance and one for the provider's completion")
  void capacityBoard() {
    JsonObject board = api.as("delegate-fra").get("/capacity/board?limit=50").expect(200).json();
    Set<String> states = new HashSet<>();
    board.getJsonObject("needs").getJsonArray("items")
        .forEach(need -> states.add(((JsonObject) need).getJsonObject("state").getString("id")));
    assertTrue(states.containsAll(Set.of("MWI", "IDN", "BRA", "KEN")), states.toString());
    Set<String> providers = new HashSet<>();
    board.getJsonObject("offers").getJsonArray("items")
        .forEach(offer -> providers.add(((JsonObject) offer).getJsonObject("provider").getString("id")));
    assertTrue(providers.containsAll(Set.of("EST", "EU", "contoso-security", "cyber-policy-institute",
        "open-networks-alliance")), providers.toString());
    JsonObject statistics = board.getJsonObject("statistics");
    assertEquals(1, statistics.getJsonObject("engagements").getInteger("completed"));
    assertEquals(3, statistics.getInteger("matchedNeeds"));
    assertTrue(statistics.getDouble("medianDaysToAgreement") > 10, statistics.encode());
    JsonArray completed = api.as("delegate-mwi").get("/capacity/engagements?status=completed").expect(200).items();
    JsonObject notes = completed.getJsonObject(0).getJsonObject("confirmations").getJsonObject("completion");
    assertTrue(notes.getJsonObject("state").getString("outcome").contains("CERT"), notes.encode());
    assertTrue(notes.getJsonObject("provider").getString("outcome").contains("Estonia"), notes.encode());
    for (String status : new String[] {"proposed", "agreed", "in-progress", "declined", "withdrawn"}) {
      assertTrue(statistics.getJsonObject("engagements").getInteger(status) > 0, status + ": " + statistics.encode());
    }
    JsonArray europe = api.as("delegate-eu").get("/capacity/engagements?limit=50").expect(200).items();
    assertTrue(europe.stream().map(JsonObject.class::cast).anyMatch(e -> "proposed".equals(e.getString("status"))
        && "MWI".equals(e.getJsonObject("state").getString("id"))
        && e.getJsonArray("waitingFor").equals(new JsonArray().add("provider"))), "Malawi's proposal waits for the EU");
    assertTrue(europe.stream().map(JsonObject.class::cast).anyMatch(e -> "in-progress".equals(e.getString("status"))
        && e.getJsonObject("confirmations").getJsonObject("completion").containsKey("state")
        && e.getJsonArray("waitingFor").equals(new JsonArray().add("provider"))),
        "Indonesia has confirmed completion; it waits for the EU's");
    assertFalse(api.get("/capacity/needs?limit=50").body().contains("Reviewing Malawi's national cybersecurity strategy"),
        "a need for States and providers stays hidden from the public");
  }

  @Test
  @DisplayName("Restarting does not seed the dialogue again")
  void seededOnce() throws Exception {
    int before = threads("norms").size();
    server.app().stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    TestServer.Running again = TestServer.startOn(server.database(), Map.of("PLENARY_DEMO_CONTENT", "true",
        "PLENARY_DATA_DIR", server.dataDirectory().toString()));
    server = again;
    api = new Api(again.baseUrl());
    assertEquals(before, threads("norms").size());
  }
}
