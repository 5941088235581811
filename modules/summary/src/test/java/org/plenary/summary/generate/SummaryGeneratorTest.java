package org.plenary.summary.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.forum.api.TranscriptPost;

@DisplayName("The summary generator quotes real sentences and keeps the Chatham House Rule")
class SummaryGeneratorTest {

  private static final Map<String, String> REGISTRY = Map.of("FRA", "France", "KEN", "Kenya", "RUS", "Russian Federation",
      "BRA", "Brazil", "EU", "European Union", "open-networks-alliance", "Open Networks Alliance", "MEX", "Mexico");
  private final List<TranscriptPost> posts = new ArrayList<>();

  private TranscriptPost post(String org, String name, String kind, String group, String language, String text,
                              Long parent, Integer question) {
    return post(org, name, kind, group, language, text, parent, question, "active");
  }

  private TranscriptPost post(String org, String name, String kind, String group, String language, String text,
                              Long parent, Integer question, String status) {
    TranscriptPost post = new TranscriptPost(posts.size() + 1, posts.size() + 1, kind, Optional.ofNullable(parent),
        UUID.randomUUID(), "Author of " + name, org, name, group == null ? "civil-society" : "state",
        Optional.ofNullable(group), language, text, List.of(), List.of(), Optional.empty(), status,
        Optional.ofNullable(question), Instant.now());
    posts.add(post);
    return post;
  }

  private JsonObject generate(boolean chathamHouse) {
    ThreadInfo thread = new ThreadInfo(UUID.randomUUID(), "norms", "position-call", "public", "open", "Critical infrastructure",
        "en", chathamHouse, List.of("What national measures protect critical infrastructure?"), UUID.randomUUID(), "secretariat",
        Optional.empty(), Optional.empty(), posts.size(), Optional.empty());
    return SummaryGenerator.generate(thread, posts, REGISTRY, Optional.empty());
  }

  /** Every text quoted anywhere in the summary, with the post it is quoted from. */
  private static void quoted(Object json, List<JsonObject> found) {
    if (json instanceof JsonObject object) {
      if (object.containsKey("postId") && (object.containsKey("text") || object.containsKey("excerpt"))) {
        found.add(object);
      }
      object.forEach(entry -> quoted(entry.getValue(), found));
    } else if (json instanceof JsonArray array) {
      array.forEach(item -> quoted(item, found));
    }
  }

  private void dialogue() {
    post("FRA", "France", "position", "western-european-others", "en",
        "France protects critical infrastructure through national security measures. France thanks Kenya for its work.", null, 0);
    post("KEN", "Kenya", "position", "african", "en",
        "Kenya protects critical infrastructure through national measures and regional cooperation.", null, 0);
    post("BRA", "Brazil", "position", "latin-american-caribbean", "es",
        "Brasil y México piden recursos concretos para la creación de capacidades en los países en desarrollo.", null, null);
    post("RUS", "Russian Federation", "position", "eastern-european", "en",
        "The norms are voluntary and the protection of infrastructure is a sovereign responsibility of every State.", null, 0);
    post("open-networks-alliance", "Open Networks Alliance", "reply", null, "en",
        "We disagree that human rights safeguards are optional in the protection of infrastructure.", 4L, null);
  }

  @Test
  @DisplayName("Key points quote sentences of the posts they cite, and convergence spans regional groups")
  void quotesRealSentences() {
    dialogue();
    JsonObject summary = generate(false);
    JsonArray groups = summary.getJsonArray("keyPoints");
    int points = 0;
    for (Object g : groups) {
      for (Object p : ((JsonObject) g).getJsonArray("points")) {
        JsonObject point = (JsonObject) p;
        TranscriptPost cited = posts.get(point.getInteger("postId") - 1);
        assertTrue(cited.text().contains(point.getString("text")), point.encode());
        points++;
      }
    }
    assertTrue(points >= 4, summary.encodePrettily());
    JsonArray convergence = summary.getJsonArray("convergence");
    assertFalse(convergence.isEmpty(), summary.encodePrettily());
    assertTrue(convergence.getJsonObject(0).getInteger("regionalGroupCount") >= 2);
    JsonObject divergence = summary.getJsonArray("divergence").getJsonObject(0);
    assertEquals("Russian Federation", divergence.getJsonObject("repliesTo").getString("by"));
    assertTrue(summary.getJsonObject("participation").getJsonArray("statesThatSpoke").contains("Kenya"));
  }

  @Test
  @DisplayName("Under the Chatham House Rule no name, code or author appears in the summary, in any language")
  void chathamHouse() {
    dialogue();
    String json = generate(true).encode();
    for (String name : List.of("France", "Kenya", "Brazil", "Brasil", "México", "Mexico", "Russian", "RUS", "FRA", "KEN",
        "Open Networks", "Author of")) {
      assertFalse(json.contains(name), name + " leaked: " + json);
    }
    assertTrue(json.contains("a civil society participant"), json);
    String markdown = SummaryMarkdown.render(new JsonObject(json));
    assertFalse(markdown.contains("France") || markdown.contains("Kenya"), markdown);
  }

  @Test
  @DisplayName("A superseded and a withdrawn position are quoted nowhere; the summary says France's was superseded and cites both")
  void formerPositions() {
    TranscriptPost old = post("FRA", "France", "position", "western-european-others", "en",
        "France considers that voluntary measures protect critical infrastructure well enough today.", null, 0, "superseded");
    post("KEN", "Kenya", "position", "african", "en",
        "Kenya protects critical infrastructure through national measures and regional cooperation.", null, 0);
    TranscriptPost withdrawn = post("MEX", "Mexico", "position", "latin-american-caribbean", "en",
        "Mexico considers that critical infrastructure is protected well enough by voluntary measures today.", null, 0,
        "withdrawn");
    post("RUS", "Russian Federation", "reply", "eastern-european", "en",
        "We disagree that voluntary measures protect critical infrastructure well enough.", old.id(), null);
    TranscriptPost current = post("FRA", "France", "position", "western-european-others", "en",
        "France now calls for binding national measures that protect critical infrastructure.", null, 0);
    JsonObject summary = generate(false);

    List<JsonObject> quotes = new ArrayList<>();
    quoted(summary, quotes);
    assertFalse(quotes.isEmpty());
    quotes.forEach(q -> assertTrue(q.getLong("postId") != old.id() && q.getLong("postId") != withdrawn.id(), q.encode()));
    JsonArray positions = summary.getJsonArray("positions").getJsonObject(0).getJsonArray("positions");
    assertTrue(positions.stream().map(JsonObject.class::cast).anyMatch(p -> p.getLong("postId") == current.id()));
    assertEquals(new JsonArray().add(new JsonObject().put("postId", old.id()).put("by", "France").put("status", "superseded")
        .put("supersededBy", current.id())).add(new JsonObject().put("postId", withdrawn.id()).put("by", "Mexico")
        .put("status", "withdrawn")), summary.getJsonArray("positionChanges"));
    JsonObject answered = summary.getJsonArray("divergence").getJsonObject(0).getJsonObject("repliesTo");
    assertEquals(current.id(), answered.getLong("supersededBy"));

    String markdown = SummaryMarkdown.render(summary);
    assertTrue(markdown.contains("France’s position " + SummaryMarkdown.cite(summary, old.id())
        + " was superseded by its position " + SummaryMarkdown.cite(summary, current.id())), markdown);
    assertTrue(markdown.contains("Mexico’s position " + SummaryMarkdown.cite(summary, withdrawn.id()) + " was withdrawn"),
        markdown);
    assertTrue(markdown.contains("a position since superseded by " + SummaryMarkdown.cite(summary, current.id())), markdown);
    assertFalse(markdown.contains("well enough today"), markdown);
  }

  @Test
  @DisplayName("A civil society sentence that echoes the States' is a key point, and participation counts key points per constituency")
  void everyConstituencyHasKeyPoints() {
    String[][] states = {{"FRA", "France", "western-european-others", "training engineers for hospitals and clinics"},
        {"KEN", "Kenya", "african", "regional exercises with neighbouring operators"},
        {"BRA", "Brazil", "latin-american-caribbean", "legislation on reporting significant incidents"},
        {"RUS", "Russian Federation", "eastern-european", "sovereign control over domestic networks"},
        {"MEX", "Mexico", "latin-american-caribbean", "university courses on industrial control systems"},
        {"JPN", "Japan", "asia-pacific", "certification schemes for connected products"},
        {"FRA", "France", "western-european-others", "public funding for small municipal utilities"},
        {"KEN", "Kenya", "african", "mobile money platforms and their resilience"},
        {"BRA", "Brazil", "latin-american-caribbean", "satellite links for remote Amazonian regions"},
        {"RUS", "Russian Federation", "eastern-european", "early warning about malware targeting banks"},
        {"MEX", "Mexico", "latin-american-caribbean", "backup power plans for water treatment plants"},
        {"IND", "India", "asia-pacific", "joint procurement of detection tools by ministries"}};
    for (String[] state : states) {
      post(state[0], state[1], "comment", state[2], "en", "Cooperation between national CERTs"
          + " protects critical infrastructure from ransomware. Our national programme also covers " + state[3] + ".",
          null, 0);
    }
    TranscriptPost ngo = post("open-networks-alliance", "Open Networks Alliance", "comment", null, "en",
        "Cooperation between national CERTs protects critical infrastructure and hospitals from ransomware.", null, 0);
    JsonObject summary = generate(false);

    List<JsonObject> points = new ArrayList<>();
    summary.getJsonArray("keyPoints").forEach(g -> ((JsonObject) g).getJsonArray("points")
        .forEach(p -> points.add((JsonObject) p)));
    assertTrue(points.stream().anyMatch(p -> p.getLong("postId") == ngo.id()), summary.getJsonArray("keyPoints").encodePrettily());
    JsonObject civilSociety = summary.getJsonObject("participation").getJsonArray("byConstituency").stream()
        .map(JsonObject.class::cast).filter(c -> "civil-society".equals(c.getString("constituency"))).findFirst().orElseThrow();
    assertEquals(1, civilSociety.getInteger("keyPoints"));
    assertTrue(SummaryMarkdown.render(summary).contains("Civil society participant: 1 contribution from 1 organization; 1 key point."));
  }

  @Test
  @DisplayName("Brazil supports and Russia opposes a binding instrument on the same question: divergence, with no reply at all")
  void opposingPositions() {
    post("FRA", "France", "position", "western-european-others", "en",
        "France protects critical infrastructure through national security measures.", null, 0);
    TranscriptPost brazil = post("BRA", "Brazil", "position", "latin-american-caribbean", "en",
        "Brazil supports the negotiation of a legally binding instrument on critical infrastructure protection.", null, 0);
    TranscriptPost russia = post("RUS", "Russian Federation", "position", "eastern-european", "en",
        "The Russian Federation opposes the negotiation of a legally binding instrument on critical infrastructure.", null, 0);
    JsonObject summary = generate(false);

    JsonArray divergence = summary.getJsonArray("divergence");
    assertEquals(1, divergence.size(), divergence.encodePrettily());
    JsonObject opposed = divergence.getJsonObject(0);
    assertEquals("opposing-positions", opposed.getString("kind"));
    assertEquals(0, opposed.getInteger("index"));
    assertEquals(brazil.id(), opposed.getJsonArray("supporting").getJsonObject(0).getLong("postId"));
    assertEquals(russia.id(), opposed.getJsonArray("opposing").getJsonObject(0).getLong("postId"));
    String markdown = SummaryMarkdown.render(summary);
    assertTrue(markdown.contains("Opposite stances on question 1"), markdown);
    assertTrue(markdown.contains("in opposition, Russian Federation " + SummaryMarkdown.cite(summary, russia.id())
        + ": “The Russian Federation opposes"), markdown);
  }

  @Test
  @DisplayName("Under the Chatham House Rule, one State of a regional group and one civil society organization are 'fewer than 3'")
  void smallCountsUnderChathamHouse() {
    dialogue();
    JsonObject summary = generate(true);
    JsonObject participation = summary.getJsonObject("participation");
    JsonObject eastern = participation.getJsonArray("byRegionalGroup").stream().map(JsonObject.class::cast)
        .filter(g -> "eastern-european".equals(g.getString("regionalGroup"))).findFirst().orElseThrow();
    assertEquals(new JsonObject().put("regionalGroup", "eastern-european").put("postsFewerThan", 3)
        .put("organizationsFewerThan", 3), eastern);
    JsonObject state = participation.getJsonArray("byConstituency").stream().map(JsonObject.class::cast)
        .filter(c -> "state".equals(c.getString("constituency"))).findFirst().orElseThrow();
    assertEquals(4, state.getInteger("posts"));
    assertEquals(4, state.getInteger("organizations"));
    String markdown = SummaryMarkdown.render(summary);
    assertTrue(markdown.contains("Eastern European States: fewer than 3 contributions from fewer than 3 States."), markdown);
    assertTrue(markdown.contains("Civil society participant: fewer than 3 contributions from fewer than 3 organizations"),
        markdown);
    assertFalse(markdown.matches("(?s).*By regional group:.*\\b[12] (contribution|State)s?\\b.*"), markdown);

    JsonObject open = generate(false).getJsonObject("participation");
    assertTrue(open.getJsonArray("byRegionalGroup").stream().map(JsonObject.class::cast)
        .anyMatch(g -> g.getInteger("organizations", 0) == 1), "outside the rule, counts are exact");
  }
}
