package org.plenary.server.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

/**
 * Every operation of the contract, sent thousands of malformed requests derived from the contract itself
 * (so operations added later are covered too), by signed-in people of several roles and by nobody: each
 * answer is a 4xx problem that says what is wrong, never a 5xx, and nothing is written.
 */
@PlenaryTest
@DisplayName("A corpus of malformed requests against every operation")
class MalformedRequestCorpusTest {

  private static final List<String> PERSONAS = List.of("delegate-fra", "moderator", "secretariat", "ps-contoso",
      "delegate-eu", "chair", "member-fra", "");
  /** Details that say nothing about what is wrong. */
  private static final Set<String> VAGUE = Set.of("The request could not be understood.", "The request is invalid.",
      "The request body is invalid.");

  private final Api api = TestServer.api();

  @Test
  @DisplayName("Every malformed request is a 4xx problem+json whose detail says what is wrong, and the record is unchanged")
  void malformedRequestsAreRefusedAndChangeNothing() {
    Api fra = api.as("delegate-fra");
    JsonObject thread = fra.post("/topics/norms/threads", new JsonObject().put("kind", "discussion")
        .put("title", "Corpus: a thread that must not change").put("body", "It is read before and after.")
        .put("language", "en")).expect(201).json();
    String threadId = thread.getString("id");
    for (int i = 0; i < 3; i++) {
      fra.post("/threads/" + threadId + "/posts", new JsonObject().put("kind", "comment").put("language", "en")
          .put("body", "Comment " + i)).expect(201);
    }
    long postId = fra.get("/threads/" + threadId + "/posts").expect(200).items().getJsonObject(0).getLong("id");
    String realCursor = fra.get("/threads/" + threadId + "/posts?limit=1").expect(200).json().getString("next");

    JsonObject document = api.get("/api/v1/openapi.json").expect(200).json();
    Contract contract = new Contract(document);
    List<Corpus.Case> cases = new Corpus(contract, new Samples(contract, Corpus.ids(threadId, postId)), realCursor).cases();
    Map<String, String> tokens = new LinkedHashMap<>();
    PERSONAS.forEach(persona -> tokens.put(persona, persona.isEmpty() ? null : api.passwordGrant(persona)));
    List<String> tokenList = new ArrayList<>(tokens.values());
    // A person's first request records them (and their roles in the audit log): done before counting.
    tokenList.stream().filter(java.util.Objects::nonNull).forEach(token -> api.withToken(token).get("/me").expect(200));

    Map<String, Long> before = RecordCounts.now();
    String threadBefore = fra.get("/threads/" + threadId).expect(200).body();
    String postsBefore = fra.get("/threads/" + threadId + "/posts").expect(200).body();

    RawHttp http = new RawHttp(api.baseUrl());
    List<String> failures = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < cases.size(); i++) {
      Corpus.Case c = cases.get(i);
      String token = tokenList.get(i % tokenList.size());
      RawHttp.Answer answer = http.send(c.method(), c.target(), token, c.contentType(), c.body(), c.withHost());
      String problem = problemWithDetail(answer);
      if (problem != null) {
        failures.add(answer.status() + " " + problem + " — " + c + " as " + persona(tokens, token));
      }
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000;

    Set<String> covered = cases.stream().map(Corpus.Case::operation).collect(Collectors.toSet());
    List<String> operations = contract.operations().stream().map(Contract.Operation::id).toList();
    assertEquals(Set.copyOf(operations), covered, "every operation has malformed requests");
    assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " malformed requests were not answered with"
        + " a 4xx problem that says what is wrong:\n" + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    assertEquals(before, RecordCounts.now(), "no malformed request wrote anything");
    assertEquals(threadBefore, fra.get("/threads/" + threadId).expect(200).body(), "the thread is unchanged");
    assertEquals(postsBefore, fra.get("/threads/" + threadId + "/posts").expect(200).body(), "its posts are unchanged");
    assertTrue(cases.size() > 20 * operations.size(), cases.size() + " cases for " + operations.size() + " operations");
    assertTrue(seconds < 90, "the corpus took " + seconds + " s");
  }

  /** Null when the answer is a 4xx problem+json with a specific detail; otherwise what is wrong with it. */
  private static String problemWithDetail(RawHttp.Answer answer) {
    if (answer.status() < 400 || answer.status() >= 500) {
      return "not a 4xx: " + shorten(answer.body());
    }
    if (!String.valueOf(answer.header("content-type")).startsWith("application/problem+json")) {
      return "not problem+json (" + answer.header("content-type") + "): " + shorten(answer.body());
    }
    String detail;
    try {
      detail = new JsonObject(answer.body()).getString("detail");
    } catch (RuntimeException e) {
      return "a problem that is not JSON: " + shorten(answer.body());
    }
    if (detail == null || detail.isBlank() || VAGUE.contains(detail) || detail.contains("is invalid: ")) {
      return "a detail that does not say what is wrong: " + detail;
    }
    return null;
  }

  private static String persona(Map<String, String> tokens, String token) {
    return tokens.entrySet().stream().filter(e -> java.util.Objects.equals(e.getValue(), token)).map(Map.Entry::getKey)
        .map(p -> p.isEmpty() ? "nobody" : p).findFirst().orElse("?");
  }

  private static String shorten(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}
