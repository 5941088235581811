package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.database.DatabaseLocation;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Idempotency-Key: a retried create answers what the first made, and never makes it twice")
class IdempotencyTest {

  private static final String HEADER = "Idempotency-Key";

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("The same key twice: one post in the thread, and the first answer again")
  void sameKeyTwice() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    Api france = api.as("delegate-fra").withHeader(HEADER, quoted(UUID.randomUUID().toString()));
    JsonObject post = new JsonObject().put("body", "France supports norm (f).").put("language", "en");

    Response first = france.post("/threads/" + thread + "/posts", post).expect(201);
    Response again = france.post("/threads/" + thread + "/posts", post).expect(201);

    assertEquals(first.header("Location"), again.header("Location"));
    assertEquals(first.json(), again.json());
    assertNull(first.header("Idempotent-Replayed"));
    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(1, dialogue.posts("delegate-fra", thread).size(), "one post, not two");
  }

  @Test
  @DisplayName("The same key with another body: 422 problem, and the second text is not posted")
  void sameKeyAnotherBody() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    Api france = api.as("delegate-fra").withHeader(HEADER, quoted(UUID.randomUUID().toString()));
    france.post("/threads/" + thread + "/posts", new JsonObject().put("body", "First text.").put("language", "en"))
        .expect(201);

    String detail = france.post("/threads/" + thread + "/posts",
        new JsonObject().put("body", "Second text.").put("language", "en")).expectProblem(422);

    assertTrue(detail.contains("another request"), detail);
    JsonArray posts = dialogue.posts("delegate-fra", thread);
    assertEquals(1, posts.size());
    assertEquals("First text.", posts.getJsonObject(0).getString("bodyMarkdown"));
  }

  @Test
  @DisplayName("A malformed key: 400 problem that says what a key looks like, and nothing posted")
  void malformedKeys() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    JsonObject post = new JsonObject().put("body", "Not posted.").put("language", "en");
    for (String key : List.of("\"never closed", "\"a\" trailing", "two words", "\"\"", "\"" + "k".repeat(256) + "\"",
        "\"bad \\escape\"")) {
      String detail = api.as("delegate-fra").withHeader(HEADER, key).post("/threads/" + thread + "/posts", post)
          .expectProblem(400);
      assertTrue(detail.contains("Idempotency-Key"), key + ": " + detail);
    }
    assertEquals(0, dialogue.posts("delegate-fra", thread).size());
  }

  @Test
  @DisplayName("Keys belong to the caller: Estonia sending France's key makes Estonia's own post")
  void keysAreScopedToTheCaller() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    String key = quoted(UUID.randomUUID().toString());
    JsonObject post = new JsonObject().put("body", "We agree.").put("language", "en");

    long french = api.as("delegate-fra").withHeader(HEADER, key).post("/threads/" + thread + "/posts", post)
        .expect(201).json().getLong("id");
    Response estonian = api.as("delegate-est").withHeader(HEADER, key).post("/threads/" + thread + "/posts", post)
        .expect(201);

    assertNotEquals(french, estonian.json().getLong("id"));
    assertEquals("EST", estonian.json().getJsonObject("speaksFor").getString("id"));
    assertEquals(2, dialogue.posts("delegate-fra", thread).size());
  }

  @Test
  @DisplayName("Five simultaneous submissions with one key (a double click, a retry): one post; each answer is it or 409")
  void simultaneousSubmissions() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    Api france = api.as("delegate-fra").withHeader(HEADER, UUID.randomUUID().toString());
    JsonObject post = new JsonObject().put("body", "Submitted five times at once.").put("language", "en");

    List<CompletableFuture<Response>> sent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sent.add(CompletableFuture.supplyAsync(() -> france.post("/threads/" + thread + "/posts", post)));
    }
    Set<Long> ids = new TreeSet<>();
    for (CompletableFuture<Response> answer : sent) {
      Response response = answer.join();
      if (response.status() == 409) {
        assertEquals("1", response.header("Retry-After"));
        assertTrue(response.json().getString("type").endsWith("idempotency-key-in-flight"), response.body());
      } else {
        ids.add(response.expect(201).json().getLong("id"));
      }
    }
    assertEquals(1, ids.size(), "every 201 is the same post");
    assertEquals(1, dialogue.posts("delegate-fra", thread).size());
  }

  @Test
  @DisplayName("A refused request gives its key back: corrected, the same key makes the post")
  void refusedRequestsReleaseTheirKey() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    Api france = api.as("delegate-fra").withHeader(HEADER, quoted(UUID.randomUUID().toString()));
    france.post("/threads/" + thread + "/posts", new JsonObject().put("body", "A reply.").put("language", "en")
        .put("parentId", 999_999_999L)).expectProblem(400);

    france.post("/threads/" + thread + "/posts", new JsonObject().put("body", "A reply.").put("language", "en"))
        .expect(201);
    assertEquals(1, dialogue.posts("delegate-fra", thread).size());
  }

  @Test
  @DisplayName("A key is remembered for 24 hours: once that has passed, the same key is a new request")
  void keysExpire() throws Exception {
    String thread = dialogue.openThread("delegate-fra", "norms");
    String key = UUID.randomUUID().toString();
    Api france = api.as("delegate-fra").withHeader(HEADER, key);
    JsonObject post = new JsonObject().put("body", "Said again the next day.").put("language", "en");
    france.post("/threads/" + thread + "/posts", post).expect(201);

    DatabaseLocation database = DatabaseLocation.fromUrl(TestServer.running().database().url());
    try (var conn = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
         var age = conn.prepareStatement("UPDATE idempotent_request SET expires_at = now() - interval '1 second'"
             + " WHERE key = ?")) {
      age.setString(1, key);
      assertEquals(1, age.executeUpdate());
    }

    Response later = france.post("/threads/" + thread + "/posts", post).expect(201);
    assertNull(later.header("Idempotent-Replayed"));
    assertEquals(2, dialogue.posts("delegate-fra", thread).size());
  }

  @Test
  @DisplayName("Another create, another module: an accreditation applied for twice with one key is one application")
  void applicationWithKey() {
    Api secretariat = api.as("secretariat").withHeader(HEADER, quoted(UUID.randomUUID().toString()));
    String id = "org-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject application = new JsonObject().put("organizationId", id).put("name", "Organization " + id)
        .put("kind", "academia").put("country", "KEN").put("website", "https://example.org/" + id)
        .put("purpose", "Research on confidence-building measures in cyberspace.").put("ecosocStatus", false);

    Response first = secretariat.post("/accreditations", application).expect(201);
    Response again = secretariat.post("/accreditations", application).expect(201);

    assertEquals(first.json(), again.json());
    assertEquals(1, api.as("secretariat").get("/accreditations?organizationId=" + id).expect(200).items().size());
  }

  @Test
  @DisplayName("The contract declares the header and its 422 on every create, and the server mounts no create without it")
  void everyCreateTakesAKey() {
    JsonObject document = api.get("/api/v1/openapi.json").expect(200).json();
    List<String> creates = new ArrayList<>();
    document.getJsonObject("paths").forEach(path -> {
      JsonObject post = ((JsonObject) path.getValue()).getJsonObject("post");
      if (post == null || !post.getJsonObject("responses").containsKey("201")
          || "issueStreamTicket".equals(post.getString("operationId"))) {
        return;
      }
      String id = post.getString("operationId");
      creates.add(id);
      JsonArray parameters = post.getJsonArray("parameters", new JsonArray());
      assertTrue(parameters.stream().anyMatch(p -> ((JsonObject) p).encode().contains("IdempotencyKey")),
          id + " declares no Idempotency-Key");
      assertTrue(post.getJsonObject("responses").containsKey("422"), id + " declares no 422");
    });
    assertTrue(creates.size() >= 15, "creates found: " + creates);
  }

  private static String quoted(String key) {
    return "\"" + key + "\"";
  }
}
