package org.plenary.server.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Bad input at the edge: each class of fault is a 400 that names the parameter and the rule")
class EdgeRulesTest {

  private final Api fra = TestServer.api().as("delegate-fra");
  private final Api moderator = TestServer.api().as("moderator");
  private String threadId;

  @BeforeEach
  void aThreadWithPosts() {
    threadId = moderator.post("/topics/norms/threads", new JsonObject().put("kind", "consultation")
        .put("title", "Edge rules").put("language", "en").put("closesAt", "2099-01-01T00:00:00Z")
        .put("guidingQuestions", new JsonArray().add("One?").add("Two?"))).expect(201).json().getString("id");
    for (int i = 0; i < 3; i++) {
      fra.post("/threads/" + threadId + "/posts", new JsonObject().put("kind", "comment").put("language", "en")
          .put("body", "Point " + i)).expect(201);
    }
  }

  @Test
  @DisplayName("A page's cursor leads to the next page; a cursor changed by hand, or made up, is a 400 naming the cursor")
  void cursors() {
    JsonObject first = fra.get("/threads/" + threadId + "/posts?limit=1").expect(200).json();
    String next = first.getString("next");
    JsonObject second = fra.get("/threads/" + threadId + "/posts?limit=1&cursor=" + next).expect(200).json();
    assertTrue(second.getJsonArray("items").getJsonObject(0).getInteger("seq") > first.getJsonArray("items")
        .getJsonObject(0).getInteger("seq"));
    String madeUp = Base64.getUrlEncoder().withoutPadding().encodeToString("[\"x\"]".getBytes(StandardCharsets.UTF_8));
    String changed = Base64.getUrlEncoder().withoutPadding().encodeToString("[0]".getBytes(StandardCharsets.UTF_8))
        + next.substring(next.indexOf('.'));
    for (String cursor : new String[] {madeUp, changed, next + "A"}) {
      String detail = fra.get("/threads/" + threadId + "/posts?cursor=" + cursor).expectProblem(400);
      assertTrue(detail.contains("\"cursor\""), detail);
    }
    String otherList = fra.get("/organizations?limit=1").expect(200).json().getString("next");
    assertTrue(fra.get("/threads/" + threadId + "/posts?cursor=" + otherList).expectProblem(400).contains("another list"));
  }

  @Test
  @DisplayName("An id that is not a whole number in range (1000.0, 9223372036854775808) is a 400 naming the parameter")
  void ids() {
    for (String id : new String[] {"1000.0", "9223372036854775808", "1e3"}) {
      String detail = fra.get("/posts/" + id).expectProblem(400);
      assertTrue(detail.contains("\"postId\""), detail);
    }
    assertTrue(fra.get("/threads/" + threadId + "/posts?from=1.0").expectProblem(400).contains("\"from\""));
    assertTrue(fra.get("/topics/norms/threads?limit=5.0").expectProblem(400).contains("\"limit\""));
  }

  @Test
  @DisplayName("A guiding question beyond those a thread may have is refused, never stored as another number")
  void numbersAreNeverNarrowed() {
    for (long question : new long[] {2147483648L, 4294967296L}) {
      String detail = fra.post("/threads/" + threadId + "/posts", new JsonObject().put("kind", "comment")
          .put("language", "en").put("body", "Which question?").put("guidingQuestion", question)).expectProblem(400);
      assertTrue(detail.contains("\"guidingQuestion\"") && detail.contains("at most"), detail);
    }
    assertEquals(3, fra.get("/threads/" + threadId + "/posts").expect(200).items().size(), "nothing stored");
  }

  @Test
  @DisplayName("A NUL or another control character in a title, a tag or a guiding question: 400 naming the field; nothing stored")
  void controlCharacters() {
    String detail = moderator.post("/topics/norms/threads", new JsonObject().put("title", "Nul\u0000title")
        .put("language", "en")).expectProblem(400);
    assertTrue(detail.contains("\"title\"") && detail.contains("U+0000"), detail);
    detail = moderator.patch("/threads/" + threadId, new JsonObject()
        .put("guidingQuestions", new JsonArray().add("One?").add("Two\u0007?"))).expectProblem(400);
    assertTrue(detail.contains("\"guidingQuestions[1]\"") && detail.contains("U+0007"), detail);
    assertEquals("One?", fra.get("/threads/" + threadId).expect(200).json().getJsonArray("guidingQuestions").getString(0));
    assertTrue(fra.get("/search?q=a%00b").expectProblem(400).contains("\"q\""));
  }

  @Test
  @DisplayName("A title of spaces, non-breaking or zero-width spaces, combining marks, Hangul fillers or tag characters is refused")
  void blankText() {
    for (String blank : new String[] {"     ", "\u00a0\u00a0\u00a0", "\u200b\u200b\u200b\u200b", "\u0301\u0302\u0303",
        "\u3164\u3164\u3164", "\u115f\u1160\u115f", "\udb40\udc74\udb40\udc61\udb40\udc67", "\u2800\u2800\u2800",
        "\u202e\u202e\u202e"}) {
      String detail = moderator.post("/topics/norms/threads", new JsonObject().put("title", blank).put("language", "en"))
          .expectProblem(400);
      assertTrue(detail.contains("\"title\"") && detail.contains("visible characters"), detail);
    }
    String detail = fra.post("/threads/" + threadId + "/posts", new JsonObject().put("kind", "comment")
        .put("language", "en").put("body", " \u200b\n\u00a0")).expectProblem(400);
    assertTrue(detail.contains("\"body\""), detail);
    moderator.post("/topics/norms/threads", new JsonObject().put("title", "\u200b\u0627\u0644\u0623\u0645\u0646")
        .put("language", "ar")).expect(201);
  }

  @Test
  @DisplayName("The address and query string must decode: %zz is a 400 problem, not a failure in the authentication")
  void percentEscapes() {
    RawHttp http = new RawHttp(TestServer.api().baseUrl());
    RawHttp.Answer answer = http.send("GET", "/api/v1/search?q=%zz", fra.passwordGrant("delegate-fra"), null, null, true);
    assertEquals(400, answer.status(), answer.body());
    assertTrue(answer.body().contains("malformed percent-escape '%zz'"), answer.body());
    answer = http.send("GET", "/api/v1/posts/%zz", null, null, null, true);
    assertEquals(400, answer.status(), answer.body());
    assertEquals("application/problem+json", answer.header("content-type"));
  }

  @Test
  @DisplayName("A request without Host: 400 problem saying Host is required")
  void missingHost() {
    RawHttp.Answer answer = new RawHttp(TestServer.api().baseUrl()).send("GET", "/api/v1/topics", null, null, null, false);
    assertEquals(400, answer.status(), answer.body());
    assertTrue(answer.body().contains("Host"), answer.body());
  }

  @Test
  @DisplayName("A body on an operation that takes none, and none where one is required: 400 saying so")
  void bodiesAsTheContractSays() {
    String detail = moderator.post("/threads/" + threadId + "/summaries", new JsonObject().put("draft", true))
        .expectProblem(400);
    assertTrue(detail.contains("takes no request body"), detail);
    detail = fra.post("/threads/" + threadId + "/posts", "").expectProblem(400);
    assertTrue(detail.contains("needs a JSON request body"), detail);
  }

  @Test
  @DisplayName("Repeated items where the contract says unique: 400 naming the field and both items, decided in linear time")
  void uniqueItems() {
    Api mwi = TestServer.api().as("delegate-mwi");
    JsonArray areas = new JsonArray().add("incident-management-certs").add("international-law").add("incident-management-certs");
    String detail = mwi.post("/capacity/needs", new JsonObject().put("title", "CERT training")
        .put("description", "We need help.").put("areas", areas).put("regions", new JsonArray().add("african"))
        .put("languages", new JsonArray().add("en")).put("modalities", new JsonArray().add("remote"))
        .put("startsOn", "2030-01-01").put("endsOn", "2030-06-30")).expectProblem(400);
    assertTrue(detail.contains("\"areas\"") && detail.contains("items 0 and 2"), detail);
  }
}
