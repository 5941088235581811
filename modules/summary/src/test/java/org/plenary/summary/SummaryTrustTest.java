package org.plenary.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Drafting;
import org.plenary.testing.Api;
import org.plenary.testing.Delegations;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Summaries the Chair can trust: standing positions, every constituency, divergence from the positions")
class SummaryTrustTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("France posts a position, then a new one that supersedes it: the regenerated summary cites the new one, and says the old one was superseded")
  void regeneratedAfterAChangeOfPosition() {
    String thread = callForPositions("Should the dialogue negotiate a legally binding instrument?");
    long first = position("delegate-fra", thread, 0, "France considers that voluntary norms are sufficient for now. "
        + "France sees no need to discuss obligations on critical infrastructure at this stage.");
    position("delegate-est", thread, 0, "Estonia considers that the existing framework of international law applies in full.");
    String before = summary(thread).getString("markdown");
    assertTrue(before.contains("voluntary norms are sufficient"), "the first summary quotes France's position then");

    long second = position("delegate-fra", thread, 0, "France now calls for obligations on critical infrastructure"
        + " protection within the existing framework. France will table a proposal at the next session.");
    JsonObject regenerated = summary(thread);
    JsonObject generated = regenerated.getJsonObject("generated");
    JsonArray positions = generated.getJsonArray("positions").getJsonObject(0).getJsonArray("positions");
    JsonObject france = positions.stream().map(JsonObject.class::cast).filter(p -> "France".equals(p.getString("by")))
        .findFirst().orElseThrow();
    assertEquals(second, france.getLong("postId"));
    assertEquals(1, positions.stream().map(JsonObject.class::cast).filter(p -> "France".equals(p.getString("by"))).count());
    assertEquals(new JsonObject().put("postId", first).put("by", "France").put("status", "superseded")
        .put("supersededBy", second), generated.getJsonArray("positionChanges").getJsonObject(0));

    String markdown = regenerated.getString("markdown");
    assertFalse(markdown.contains("voluntary norms are sufficient"), markdown);
    assertFalse(markdown.contains("no need to discuss obligations"), markdown);
    assertTrue(markdown.contains("France’s position " + link(thread, generated, first) + " was superseded by its position "
        + link(thread, generated, second)), markdown);
    assertTrue(markdown.contains("France now calls for obligations"), markdown);
  }

  @Test
  @DisplayName("A withdrawn position is quoted nowhere, and the reply that disagreed with it says it was withdrawn")
  void withdrawnPosition() {
    String thread = callForPositions("How should incidents be reported?");
    long russia = position("delegate-rus", thread, 0, "The Russian Federation considers that incidents must be reported"
        + " only through diplomatic channels between States.");
    dialogue.post("delegate-est", thread, new JsonObject().put("kind", "reply").put("parentId", russia)
        .put("body", "We disagree that incidents must be reported only through diplomatic channels.")).expect(201);
    api.as("delegate-rus").post("/posts/" + russia + "/withdraw", new JsonObject()).expect(200);

    JsonObject summary = summary(thread);
    assertFalse(summary.getString("markdown").contains("only through diplomatic channels between States"),
        summary.getString("markdown"));
    assertTrue(summary.getString("markdown").contains("Russian Federation’s position " + link(thread,
        summary.getJsonObject("generated"), russia) + " was withdrawn."), summary.getString("markdown"));
    assertTrue(summary.getString("markdown").contains("a position since withdrawn"), summary.getString("markdown"));
  }

  @Test
  @DisplayName("Brazil supports and Estonia opposes a binding instrument: divergence, with no reply saying 'disagree'")
  void oppositePositions() {
    String thread = callForPositions("Should the dialogue negotiate a legally binding instrument?");
    long brazil = position("delegate-bra", thread, 0, "Brazil supports the negotiation of a legally binding instrument"
        + " on State behaviour in cyberspace.");
    long estonia = position("delegate-est", thread, 0, "Estonia opposes the negotiation of a new legally binding"
        + " instrument, since international law already applies in cyberspace.");
    position("delegate-idn", thread, 0, "Indonesia underlines the importance of capacity-building for developing countries.");

    JsonObject summary = summary(thread);
    JsonObject divergence = summary.getJsonObject("generated").getJsonArray("divergence").getJsonObject(0);
    assertEquals("opposing-positions", divergence.getString("kind"));
    assertEquals(brazil, divergence.getJsonArray("supporting").getJsonObject(0).getLong("postId"));
    assertEquals(estonia, divergence.getJsonArray("opposing").getJsonObject(0).getLong("postId"));
    assertEquals(1, summary.getJsonObject("generated").getJsonArray("divergence").size());
    assertTrue(summary.getString("markdown").contains("Opposite stances on question 1"), summary.getString("markdown"));
    assertTrue(summary.getString("markdown").contains("in opposition, Estonia " + link(thread, summary.getJsonObject("generated"),
        estonia) + ": “Estonia opposes the negotiation"), summary.getString("markdown"));
  }

  @Test
  @DisplayName("On a draft, States that support a paragraph and a State that objects to it are divergent, both sides named")
  void oppositeStancesOnADraft() {
    Drafting drafting = new Drafting(api);
    JsonObject draft = drafting.zeroDraft(2);
    String thread = Drafting.thread(draft);
    drafting.stance("delegate-fra", thread, Drafting.paragraph(draft, 1), "support").expect(201);
    drafting.stance("delegate-bra", thread, Drafting.paragraph(draft, 1), "support").expect(201);
    drafting.stance("delegate-rus", thread, Drafting.paragraph(draft, 1), "object").expect(201);

    JsonObject summary = summary(thread);
    JsonObject objection = summary.getJsonObject("generated").getJsonArray("divergence").getJsonObject(0);
    assertEquals(new JsonArray().add("Brazil").add("France"), objection.getJsonArray("supportingStates"));
    assertTrue(summary.getString("markdown").contains(
        "Paragraph 1 is contested: Russian Federation objected, while Brazil and France support it."), summary.getString("markdown"));
  }

  @Test
  @DisplayName("The private sector's sentence among the most central is a key point, and participation counts key points per constituency")
  void stakeholdersAmongKeyPoints() throws Exception {
    Delegations delegations = new Delegations(TestServer.running());
    String thread = callForPositions("How can CERTs protect critical infrastructure?");
    List<Api> states = Stream.concat(Stream.of(api.as("delegate-fra"), api.as("delegate-est"), api.as("delegate-bra"),
        api.as("delegate-idn"), api.as("delegate-mwi"), api.as("delegate-rus")),
        Stream.of("DEU", "POL", "KEN", "JPN", "IND", "EGY").map(delegations::delegateOf)).toList();
    String[] programmes = {"training engineers for hospitals and clinics", "regional exercises with neighbouring operators",
        "legislation on reporting significant incidents", "sovereign control over domestic networks",
        "university courses on industrial control systems", "certification schemes for connected products",
        "public funding for small municipal utilities", "mobile money platforms and their resilience",
        "satellite links for remote regions", "early warning about malware targeting banks",
        "backup power plans for water treatment plants", "joint procurement of detection tools by ministries"};
    for (int i = 0; i < states.size(); i++) {
      states.get(i).post("/threads/" + thread + "/posts", new JsonObject().put("kind", "position").put("language", "en")
          .put("guidingQuestion", 0)
          .put("body", "Cooperation between national CERTs protects critical infrastructure from ransomware. "
              + "Our national programme also covers " + programmes[i] + ".")).expect(201);
    }
    long contoso = dialogue.post("ps-contoso", thread, new JsonObject().put("guidingQuestion", 0)
        .put("body", "Cooperation between national CERTs protects critical infrastructure and hospitals from ransomware."))
        .expect(201).json().getLong("id");

    JsonObject generated = summary(thread).getJsonObject("generated");
    assertTrue(generated.getJsonArray("keyPoints").stream().map(JsonObject.class::cast)
        .flatMap(g -> g.getJsonArray("points").stream().map(JsonObject.class::cast))
        .anyMatch(p -> p.getLong("postId") == contoso), generated.getJsonArray("keyPoints").encodePrettily());
    JsonObject privateSector = generated.getJsonObject("participation").getJsonArray("byConstituency").stream()
        .map(JsonObject.class::cast).filter(c -> "private-sector".equals(c.getString("constituency"))).findFirst().orElseThrow();
    assertEquals(1, privateSector.getInteger("keyPoints"));
    assertTrue(summary(thread).getString("markdown").contains("Private sector participant: 1 contribution from 1 organization;"
        + " 1 key point."));
  }

  private String callForPositions(String question) {
    return dialogue.openThread("moderator", "norms", new JsonObject().put("kind", "position-call")
        .put("audience", "participants").put("guidingQuestions", new JsonArray().add(question)));
  }

  private long position(String persona, String thread, int question, String body) {
    return dialogue.post(persona, thread, new JsonObject().put("kind", "position").put("guidingQuestion", question)
        .put("body", body)).expect(201).json().getLong("id");
  }

  private JsonObject summary(String thread) {
    return api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json();
  }

  /** A citation as the summary's Markdown writes it. */
  private static String link(String thread, JsonObject generated, long postId) {
    return "[#" + generated.getJsonObject("citations").getJsonObject(String.valueOf(postId)).getInteger("seq")
        + "](/threads/" + thread + "#post-" + postId + ")";
  }
}
