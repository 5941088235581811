package org.plenary.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Delegations;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Summaries for the Chair: traceable, and issued on the Chair's responsibility")
class SummariesTest {

  private static Api api;
  private static String thread;
  private static JsonObject summary;

  @BeforeAll
  static void generate() throws Exception {
    api = TestServer.api();
    thread = SummaryFixture.callForPositions(api, new Delegations(TestServer.running()), false);
    summary = api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json();
  }

  @Test
  @DisplayName("Lists every State that spoke, the alignments with the EU and the joint statement's members")
  void participation() {
    JsonObject participation = summary.getJsonObject("generated").getJsonObject("participation");
    Set<String> states = new HashSet<>(participation.getJsonArray("statesThatSpoke").getList());
    assertEquals(Set.of("Estonia", "Germany", "Poland", "Brazil", "France", "Russian Federation", "Indonesia", "Malawi",
        "Kenya", "Japan", "India", "Egypt"), states);
    JsonObject alignment = participation.getJsonArray("alignments").getJsonObject(0);
    assertEquals("European Union", alignment.getJsonObject("statement").getString("by"));
    assertEquals(Set.of("Estonia", "Germany", "Poland"), new HashSet<>(alignment.getJsonArray("alignedBy").stream()
        .map(a -> ((JsonObject) a).getString("by")).toList()));
    assertEquals(List.of("Argentina", "Brazil", "Chile", "Mexico"),
        participation.getJsonArray("jointStatements").getJsonObject(0).getJsonArray("onBehalfOf").getList());
    assertEquals(5, participation.getJsonArray("byRegionalGroup").size());
  }

  @Test
  @DisplayName("At least five key points, each quoting a real sentence of the post it cites")
  void keyPointsQuoteTheirPosts() {
    int points = 0;
    for (Object group : summary.getJsonObject("generated").getJsonArray("keyPoints")) {
      for (Object p : ((JsonObject) group).getJsonArray("points")) {
        JsonObject point = (JsonObject) p;
        String cited = plainText(api.as("moderator").get("/posts/" + point.getLong("postId")).expect(200).json()
            .getString("bodyHtml"));
        assertTrue(cited.contains(point.getString("text")), point.getString("text") + " is not in " + cited);
        points++;
      }
    }
    assertTrue(points >= 5, points + " key points");
    assertTrue(summary.getString("markdown").contains("(/threads/" + thread + "#post-"), "citations link to posts");
  }

  @Test
  @DisplayName("Positions are grouped by guiding question; disagreement in a reply is divergence")
  void positionsAndDivergence() {
    JsonObject generated = summary.getJsonObject("generated");
    assertEquals("What national measures implement norms (f) and (g)?",
        generated.getJsonArray("positions").getJsonObject(0).getString("question"));
    assertTrue(generated.getJsonArray("positions").getJsonObject(1).getJsonArray("positions").size() >= 5);
    JsonObject divergence = generated.getJsonArray("divergence").getJsonObject(0);
    assertEquals("France", divergence.getString("by"));
    assertEquals("Russian Federation", divergence.getJsonObject("repliesTo").getString("by"));
    assertFalse(generated.getJsonArray("convergence").isEmpty(), "CERT cooperation is echoed across groups");
  }

  @Test
  @DisplayName("Edited in versions, submitted, published by the Chair as a Chair's summary, then read-only")
  void workflow() {
    String id = api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json().getString("id");
    Api moderator = api.as("moderator");
    Api chair = api.as("chair");
    JsonObject edited = moderator.put("/summaries/" + id + "/text", new JsonObject().put("markdown", "# Summary\n\nEdited.")
        .put("baseVersion", 1).put("note", "Shortened")).expect(200).json();
    assertEquals(2, edited.getInteger("version"));
    moderator.put("/summaries/" + id + "/text", new JsonObject().put("markdown", "Stale").put("baseVersion", 1))
        .expectProblem(409);
    api.as("cs-opennet").get("/summaries/" + id).expectProblem(404);

    moderator.post("/summaries/" + id + "/submit").expect(200);
    assertTrue(chair.get("/summaries?status=submitted&limit=100").body().contains(id), "in the Chair's inbox");
    moderator.put("/summaries/" + id + "/text", new JsonObject().put("markdown", "Late").put("baseVersion", 2))
        .expectProblem(403);
    chair.put("/summaries/" + id + "/text", new JsonObject().put("markdown", "# Chair's summary\n\nFinal text.")
        .put("baseVersion", 2)).expect(200);
    moderator.post("/summaries/" + id + "/publish").expectProblem(403);
    JsonObject published = chair.post("/summaries/" + id + "/publish").expect(200).json();
    assertEquals("Chair's summary", published.getString("label"));
    assertTrue(published.getString("notice").contains("own responsibility"));
    assertTrue(published.getString("notice").contains("not agreed text"));

    chair.put("/summaries/" + id + "/text", new JsonObject().put("markdown", "Again").put("baseVersion", 3))
        .expectProblem(409);
    assertEquals(3, moderator.get("/summaries/" + id + "/versions").expect(200).items().size());
    assertEquals("summary.published", api.as("secretariat").get("/audit?subjectType=summary&subjectId=" + id)
        .expect(200).items().getJsonObject(0).getString("action"));
  }

  @Test
  @DisplayName("cs-opennet cannot generate or edit a summary, but reads a published one in a participants thread")
  void stakeholders() {
    Api opennet = api.as("cs-opennet");
    opennet.post("/threads/" + thread + "/summaries").expectProblem(403);
    String id = api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json().getString("id");
    opennet.put("/summaries/" + id + "/text", new JsonObject().put("markdown", "Mine").put("baseVersion", 1))
        .expectProblem(403);
    api.as("moderator").post("/summaries/" + id + "/submit").expect(200);
    api.as("chair").post("/summaries/" + id + "/publish").expect(200);
    assertEquals("published", opennet.get("/summaries/" + id).expect(200).json().getString("status"));
    JsonArray listed = opennet.get("/threads/" + thread + "/summaries").expect(200).items();
    assertTrue(listed.stream().allMatch(s -> "published".equals(((JsonObject) s).getString("status"))));
    api.anonymous().get("/summaries/" + id).expectProblem(401);
  }

  @Test
  @DisplayName("The editor's preview renders Markdown as the summary will show it, saves nothing, and is for summarisers only")
  void preview() {
    String id = api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json().getString("id");
    JsonObject preview = api.as("moderator").post("/summaries/" + id + "/preview",
        new JsonObject().put("markdown", "## Key points\n\nSee [#3](/threads/" + thread + "#post-3).<script>x</script>"))
        .expect(200).json();
    assertTrue(preview.getString("html").contains("<h2>Key points</h2>"), preview.encode());
    assertTrue(preview.getString("html").contains("href=\"/threads/" + thread + "#post-3\""), preview.encode());
    assertFalse(preview.getString("html").contains("<script"), preview.encode());
    assertEquals(1, api.as("moderator").get("/summaries/" + id).expect(200).json().getInteger("version"));
    api.as("cs-opennet").post("/summaries/" + id + "/preview", new JsonObject().put("markdown", "x")).expectProblem(403);
  }

  static String plainText(String html) {
    return html.replaceAll("<[^>]+>", "").replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ");
  }
}
