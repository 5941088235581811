package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PostgresProxy;
import org.plenary.testing.Response;
import org.plenary.testing.TestDatabase;
import org.plenary.testing.TestServer;

/**
 * A server of its own, talking to its database through a proxy that loses the answer to one commit: the
 * write is stored, the server only knows that its connection dropped. The machine's PostgreSQL keeps running.
 */
@DisplayName("A write that committed but whose answer was lost: retried with its Idempotency-Key, it is made once")
class LostAnswerTest {

  private static PostgresProxy proxy;
  private static TestServer.Running server;
  private static Api api;

  @BeforeAll
  static void startBehindProxy() throws Exception {
    TestDatabase database = TestDatabase.create("plenary_lost_answer");
    proxy = PostgresProxy.to(database.url());
    server = TestServer.startOn(database, Map.of("PLENARY_DB_URL", proxy.url(), "PLENARY_DB_POOL_SIZE", "4"));
    api = new Api(server.baseUrl());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    proxy.close();
  }

  @Test
  @DisplayName("France's post commits, the answer is lost (an error); the retry with its key answers that post, and there is one")
  void lostCommitAnswer() throws Exception {
    Dialogue dialogue = Dialogue.on(api);
    String thread = dialogue.openThread("delegate-fra", "norms");
    String text = "France's statement on norm (c), " + UUID.randomUUID();
    Api france = api.as("delegate-fra").withHeader("Idempotency-Key", "\"" + UUID.randomUUID() + "\"");
    JsonObject post = new JsonObject().put("kind", "position").put("body", text).put("language", "en");

    CountDownLatch lost = proxy.loseTheCommitAnswerOfTransactionWith(text);
    Response first = france.post("/threads/" + thread + "/posts", post);
    PostgresProxy.await(lost, "the commit of the post");
    assertTrue(first.status() >= 500, "the first attempt cannot know its post was stored: " + first.status());

    Response retry = france.post("/threads/" + thread + "/posts", post).expect(201);
    JsonArray posts = dialogue.posts("delegate-fra", thread);
    assertEquals(1, posts.size(), "one post, though posted twice: " + posts.encode());
    JsonObject stored = posts.getJsonObject(0);
    assertEquals(text, stored.getString("bodyMarkdown"));
    assertEquals(stored.getLong("id"), retry.json().getLong("id"));
    assertEquals("/api/v1/posts/" + stored.getLong("id"), retry.header("Location"));
    assertEquals("true", retry.header("Idempotent-Replayed"));

    Response third = france.post("/threads/" + thread + "/posts", post).expect(201);
    assertEquals(retry.json(), third.json(), "and the same answer from then on");
  }

  @Test
  @DisplayName("An application whose answer was lost is one application when retried with its key")
  void lostApplicationAnswer() throws Exception {
    String id = "org-" + UUID.randomUUID().toString().substring(0, 8);
    String purpose = "Capacity-building for CERTs in small island States, " + UUID.randomUUID();
    JsonObject application = new JsonObject().put("organizationId", id).put("name", "Organization " + id)
        .put("kind", "civil-society").put("country", "FJI").put("website", "https://example.org/" + id)
        .put("purpose", purpose).put("ecosocStatus", false);
    Api secretariat = api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString());

    CountDownLatch lost = proxy.loseTheCommitAnswerOfTransactionWith(purpose);
    Response first = secretariat.post("/accreditations", application);
    PostgresProxy.await(lost, "the commit of the application");
    assertTrue(first.status() >= 500, String.valueOf(first.status()));

    Response retry = secretariat.post("/accreditations", application).expect(201);
    assertEquals(id, retry.json().getJsonObject("organization").getString("id"));
    assertEquals("pending", retry.json().getString("status"));
    assertEquals(1, api.as("secretariat").get("/accreditations?organizationId=" + id).expect(200).items().size());
  }

  @Test
  @DisplayName("While the first request is still in progress, a second with its key gets 409 and Retry-After; then the first's answer")
  void secondWhileFirstInFlight() throws Exception {
    Dialogue dialogue = Dialogue.on(api);
    String thread = dialogue.openThread("delegate-fra", "norms");
    String text = "A slow post, " + UUID.randomUUID();
    Api france = api.as("delegate-fra").withHeader("Idempotency-Key", "\"" + UUID.randomUUID() + "\"");
    JsonObject post = new JsonObject().put("body", text).put("language", "en");

    CountDownLatch held = proxy.holdStatementWith(text, Duration.ofSeconds(3));
    CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> france.post("/threads/" + thread + "/posts", post));
    PostgresProxy.await(held, "the post's insert");

    Response second = france.post("/threads/" + thread + "/posts", post);
    assertTrue(second.expectProblem(409).contains("still being processed"), second.body());
    assertEquals("1", second.header("Retry-After"));

    Response answered = first.join().expect(201);
    Response third = france.post("/threads/" + thread + "/posts", post).expect(201);
    assertEquals(answered.json(), third.json());
    assertEquals(1, dialogue.posts("delegate-fra", thread).size());
  }
}
