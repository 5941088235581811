package org.plenary.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.forum.ForumSearchIndexing;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.ServerDatabase;
import org.plenary.testing.TestDatabase;
import org.plenary.testing.TestServer;

/**
 * New posts reach the search index after their commit, through the forum's durable consumer of the outbox (issue 21),
 * so a crash between a post's commit and its indexing must lose nothing: the next start indexes it.
 */
@PlenaryTest
@DisplayName("A new post is found by search once the forum's indexing has run, even across a crash of the server")
class PostIndexingTest {

  @Test
  @DisplayName("A post committed while its indexing could not run, the server killed mid-batch: found after the restart")
  void foundAfterACrashBeforeIndexing() throws Exception {
    String word = "zorbelquin" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    try (TestDatabase database = TestDatabase.create("plenary_indexing")) {
      String jdbc = ServerDatabase.jdbcUrl(database.url());
      TestServer.Running first = TestServer.startOn(database.url(), Map.of());
      long post;
      try (Connection holder = DriverManager.getConnection(jdbc)) {
        // Holding the consumer's position row keeps its batch from running: the window between commit and indexing.
        holder.setAutoCommit(false);
        try (PreparedStatement hold = holder.prepareStatement(
            "SELECT last_position FROM event_consumer WHERE name = ? FOR UPDATE")) {
          hold.setString(1, ForumSearchIndexing.CONSUMER);
          hold.executeQuery().close();
        }
        Api api = new Api(first.baseUrl());
        Dialogue dialogue = Dialogue.on(api);
        String thread = dialogue.openThread("delegate-fra", "norms");
        post = dialogue.comment("delegate-est", thread, "Estonia proposes a " + word + " registry.").getLong("id");
        assertNull(MultilingualSearchTest.find(search(api, word), post), "committed, not yet indexed");

        // The crash: the consumer's transaction dies mid-batch, and the server goes with it.
        try (PreparedStatement kill = holder.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            + " WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()")) {
          kill.executeQuery().close();
        }
        first.app().stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        holder.rollback();
      }
      assertEquals(0, indexRows(jdbc, post), "nothing of the post reached the index before the crash");

      TestServer.Running second = TestServer.startOn(database.url(), Map.of());
      try {
        ServerDatabase.awaitConsumer(database.url(), ForumSearchIndexing.CONSUMER);
        Api api = new Api(second.baseUrl());
        assertNotNull(MultilingualSearchTest.find(search(api.anonymous(), word), post), "found after the restart");
        assertEquals(1, indexRows(jdbc, post));
      } finally {
        second.app().stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  @DisplayName("Written, then hidden before its indexing ran: indexed hidden, so only moderators find it")
  void indexedAsItStandsWhenTheConsumerRuns() throws Exception {
    Api api = TestServer.api();
    String word = "quelvarine" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    String jdbc = ServerDatabase.jdbcUrl(TestServer.running().database().url());
    long post;
    try (Connection holder = DriverManager.getConnection(jdbc)) {
      holder.setAutoCommit(false);
      try (PreparedStatement hold = holder.prepareStatement(
          "SELECT last_position FROM event_consumer WHERE name = ? FOR UPDATE")) {
        hold.setString(1, ForumSearchIndexing.CONSUMER);
        hold.executeQuery().close();
      }
      Dialogue dialogue = Dialogue.on(api);
      String thread = dialogue.openThread("delegate-fra", "norms");
      post = dialogue.comment("cs-opennet", thread, "An off-topic " + word + " advertisement.").getLong("id");
      api.as("moderator").post("/posts/" + post + "/hide", new io.vertx.core.json.JsonObject().put("reason", "Spam"))
          .expect(200);
      holder.rollback();
    }
    assertNull(MultilingualSearchTest.find(MultilingualSearchTest.search(api.anonymous(), word), post));
    assertNotNull(MultilingualSearchTest.find(MultilingualSearchTest.search(api.as("moderator"), word), post));
  }

  private static io.vertx.core.json.JsonArray search(Api reader, String word) {
    return reader.get("/search?limit=100&q=" + word).expect(200).items();
  }

  private static int indexRows(String jdbc, long post) throws Exception {
    try (Connection conn = DriverManager.getConnection(jdbc);
         PreparedStatement rows = conn.prepareStatement("SELECT count(*) FROM search_document WHERE id = ?")) {
      rows.setString(1, "post:" + post);
      try (ResultSet result = rows.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }
}
