package org.plenary.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.ServerDatabase;
import org.plenary.testing.TestServer;

/**
 * Posts of one thread are written at once, not one after another behind the thread's row (issue 21): each gets its
 * number as it commits. What readers rely on must still hold: distinct numbers, in the order pages show, the number
 * the author was answered with being the one everybody reads, no gaps, and nothing after the thread is locked.
 */
@PlenaryTest
@DisplayName("Posts written at the same moment into one thread")
class ConcurrentPostsTest {

  private static final String[] WRITERS = {"delegate-fra", "delegate-est", "delegate-bra", "cs-opennet"};

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("48 posts at once get the numbers 1 to 48, each the one its author was answered with, read in that order")
  void distinctStableOrder() throws Exception {
    String thread = dialogue.openThread("delegate-fra", "norms");
    List<Response> answers = allAtOnce(48, i -> dialogue.post(WRITERS[i % WRITERS.length], thread,
        new JsonObject().put("body", "Simultaneous post " + i)));

    Map<Integer, Long> answeredIdBySeq = new HashMap<>();
    for (Response answer : answers) {
      JsonObject post = answer.expect(201).json();
      Long before = answeredIdBySeq.put(post.getInteger("seq"), post.getLong("id"));
      assertEquals(null, before, "two posts were answered with number " + post.getInteger("seq"));
    }
    assertEquals(48, answeredIdBySeq.size());
    for (int seq = 1; seq <= 48; seq++) {
      assertTrue(answeredIdBySeq.containsKey(seq), "no gap: number " + seq + " was given");
    }

    JsonObject first = api.get("/threads/" + thread + "/posts?limit=20").expect(200).json();
    JsonObject second = api.get("/threads/" + thread + "/posts?limit=20&cursor=" + first.getString("next"))
        .expect(200).json();
    JsonObject third = api.get("/threads/" + thread + "/posts?limit=20&cursor=" + second.getString("next"))
        .expect(200).json();
    JsonArray read = new JsonArray().addAll(first.getJsonArray("items")).addAll(second.getJsonArray("items"))
        .addAll(third.getJsonArray("items"));
    assertEquals(48, read.size(), "three pages read every post once");
    for (int i = 0; i < read.size(); i++) {
      JsonObject post = read.getJsonObject(i);
      assertEquals(i + 1, post.getInteger("seq"), "pages show the posts in their numbers' order");
      assertEquals(answeredIdBySeq.get(i + 1), post.getLong("id"), "the number a post was answered with stays its own");
    }
    assertEquals(48, api.get("/threads/" + thread).expect(200).json().getInteger("postCount"));
  }

  @Test
  @DisplayName("A refused post takes no number: the next one follows without a gap")
  void refusedPostTakesNoNumber() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    assertEquals(1, dialogue.comment("delegate-est", thread, "First.").getInteger("seq"));
    dialogue.post("delegate-est", thread, new JsonObject().put("parentId", Long.MAX_VALUE)).expectProblem(400);
    assertEquals(2, dialogue.comment("delegate-bra", thread, "Second.").getInteger("seq"));
  }

  @Test
  @DisplayName("Posts racing a moderator's lock: those accepted are numbered 1..n without a gap, none is stored after it")
  void postsRacingALock() throws Exception {
    String thread = dialogue.openThread("delegate-fra", "norms");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Response>> posts = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        posts.add(pool.submit(() -> dialogue.post(WRITERS[n % WRITERS.length], thread,
            new JsonObject().put("body", "Racing post " + n))));
      }
      api.as("moderator").patch("/threads/" + thread, new JsonObject().put("status", "locked")
          .put("reason", "Cooling off.")).expect(200);
      int accepted = 0;
      for (Future<Response> post : posts) {
        Response answer = post.get();
        if (answer.status() == 201) {
          accepted++;
        } else {
          assertEquals(409, answer.status(), "a post the lock came before is refused as a conflict");
        }
      }
      JsonArray stored = dialogue.posts(null, thread);
      assertEquals(accepted, stored.size(), "every accepted post is stored, no refused one");
      for (int i = 0; i < stored.size(); i++) {
        assertEquals(i + 1, stored.getJsonObject(i).getInteger("seq"));
      }
      assertEquals(accepted, api.get("/threads/" + thread).expect(200).json().getInteger("postCount"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("A moderator's lock waiting for a post in flight goes before the posts that come after it")
  void lockIsNotOvertakenByLaterPosts() throws Exception {
    String thread = dialogue.openThread("delegate-fra", "norms");
    dialogue.comment("delegate-est", thread, "Before the lock.");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (Connection inFlight = DriverManager.getConnection(ServerDatabase.jdbcUrl(TestServer.running().database().url()));
         Connection watch = DriverManager.getConnection(ServerDatabase.jdbcUrl(TestServer.running().database().url()))) {
      // A writer in the middle of its transaction holds the thread's row as a post does.
      inFlight.setAutoCommit(false);
      try (PreparedStatement hold = inFlight.prepareStatement("SELECT 1 FROM thread WHERE id = ?::uuid FOR KEY SHARE")) {
        hold.setString(1, thread);
        hold.executeQuery().close();
      }
      Future<Response> lock = pool.submit(() -> api.as("moderator").patch("/threads/" + thread,
          new JsonObject().put("status", "locked").put("reason", "Cooling off.")));
      awaitWaiting(watch, 1);
      Future<Response> later = pool.submit(() -> dialogue.post("delegate-bra", thread,
          new JsonObject().put("body", "After the lock was asked for.")));
      awaitWaiting(watch, 2);
      inFlight.rollback();
      lock.get().expect(200);
      assertEquals(409, later.get().status(), "the later post found the thread locked: " + later.get().body());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, dialogue.posts(null, thread).size());
  }

  /** Until {@code count} backends of the test database wait for a lock. */
  private static void awaitWaiting(Connection watch, int count) throws Exception {
    try (PreparedStatement waiting = watch.prepareStatement("SELECT count(*) FROM pg_stat_activity"
        + " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
      for (int i = 0; i < 500; i++) {
        try (ResultSet rows = waiting.executeQuery()) {
          rows.next();
          if (rows.getInt(1) >= count) {
            return;
          }
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError(count + " requests should be waiting for the thread by now");
  }

  private static List<Response> allAtOnce(int count, java.util.function.IntFunction<Response> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Response>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        calls.add(() -> request.apply(n));
      }
      List<Response> answers = new ArrayList<>();
      for (Future<Response> answer : pool.invokeAll(calls)) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
