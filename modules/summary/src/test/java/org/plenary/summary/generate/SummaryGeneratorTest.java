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
    TranscriptPost post = new TranscriptPost(posts.size() + 1, posts.size() + 1, kind, Optional.ofNullable(parent),
        UUID.randomUUID(), "Author of " + name, org, name, group == null ? "civil-society" : "state",
        Optional.ofNullable(group), language, text, List.of(), List.of(), Optional.empty(), "active",
        Optional.ofNullable(question), Instant.now());
    posts.add(post);
    return post;
  }

  private JsonObject generate(boolean chathamHouse) {
    ThreadInfo thread = new ThreadInfo(UUID.randomUUID(), "norms", "position-call", "public", "open", "Critical infrastructure",
        "en", chathamHouse, List.of("What national measures protect critical infrastructure?"), UUID.randomUUID(), "secretariat",
        Optional.empty(), Optional.empty(), posts.size(), Optional.empty());
    return SummaryGenerator.generate(thread, posts, REGISTRY, null);
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
}
