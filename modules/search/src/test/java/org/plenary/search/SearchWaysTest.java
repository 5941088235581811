package org.plenary.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

/**
 * Relevance search finds the newest matches it ranks one of three ways, chosen by how common the words are
 * among the newest documents (SearchQueries.pageByRelevance). On a big index all three run; the test database
 * is small, so a second server on it is tuned to probe the newest 20 documents for every query (taking the
 * common word from the probe, walking for the one in every fourth post, using the index for the rare one) while a third never probes. Readers must get
 * the same pages from both.
 */
@PlenaryTest
@DisplayName("Relevance search gives the same pages whichever way it finds the newest matches")
class SearchWaysTest {

  private static TestServer.Running probing;
  private static TestServer.Running indexOnly;

  @BeforeAll
  static void start() throws Exception {
    TestServer.Running running = TestServer.running();
    probing = TestServer.startOn(running.database(), Map.of("PLENARY_SEARCH_RANKED", "8",
        "PLENARY_SEARCH_PROBED", "20", "PLENARY_SEARCH_PROBED_FROM", "0", "PLENARY_SEARCH_WALK_FROM", "3"));
    indexOnly = TestServer.startOn(running.database(), Map.of("PLENARY_SEARCH_RANKED", "8",
        "PLENARY_SEARCH_PROBED_FROM", "999999999", "PLENARY_SEARCH_WALK_FROM", "3"));
  }

  @AfterAll
  static void stop() throws Exception {
    for (TestServer.Running server : List.of(probing, indexOnly)) {
      server.app().stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  @DisplayName("A word in every post (taken from the probe), in every fourth (walk), in two old ones (index)")
  void samePages() {
    Api api = new Api(probing.baseUrl());
    Dialogue dialogue = Dialogue.on(TestServer.api());
    String thread = dialogue.openThread("delegate-fra", "norms", new JsonObject().put("title", "Search ways"));
    for (int i = 1; i <= 40; i++) {
      String body = "Statement " + i + " on quorlax" + (i % 4 == 0 ? " and vintrel" : "")
          + (i <= 2 ? " with zephtrine" : "") + (i % 3 == 0 ? ", quorlax again" : "") + ".";
      dialogue.comment(i % 2 == 0 ? "delegate-est" : "delegate-bra", thread, body);
    }
    MultilingualSearchTest.awaitIndexed();
    for (String query : List.of("quorlax", "vintrel", "zephtrine", "quorlax vintrel")) {
      List<String> fromProbing = allPages(new Api(probing.baseUrl()).anonymous(), query);
      List<String> fromIndex = allPages(new Api(indexOnly.baseUrl()).anonymous(), query);
      assertEquals(fromIndex, fromProbing, "the pages for '" + query + "'");
    }
    assertEquals(8, allPages(api.anonymous(), "quorlax").size(), "the newest eight matches are ranked");
    assertEquals(8, allPages(api.anonymous(), "vintrel").size(), "the newest eight of ten");
    assertEquals(2, allPages(api.anonymous(), "zephtrine").size());

    // Newest first, every match: looked for among the 20 documents after the cursor, and found in the index when
    // they hold fewer than a page (zephtrine's two old posts; vintrel's once the cursor is past the newest).
    for (String query : List.of("quorlax", "vintrel", "zephtrine")) {
      List<String> fromProbing = allPages(new Api(probing.baseUrl()).anonymous(), query + "&sort=recent");
      assertEquals(allPages(new Api(indexOnly.baseUrl()).anonymous(), query + "&sort=recent"), fromProbing,
          "the pages newest first for '" + query + "'");
      assertEquals(fromProbing.stream().distinct().count(), fromProbing.size(), "no result twice for '" + query + "'");
    }
    assertEquals(40, allPages(api.anonymous(), "quorlax&sort=recent").size());
    assertEquals(10, allPages(api.anonymous(), "vintrel&sort=recent").size());
    assertEquals(2, allPages(api.anonymous(), "zephtrine&sort=recent").size());
  }

  /** Every result id, page by page, three at a time, following the cursor; {@code query} may end in "&sort=…". */
  private static List<String> allPages(Api reader, String query) {
    String[] parts = query.split("&", 2);
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page = reader.get("/search?limit=3&q=" + URLEncoder.encode(parts[0], StandardCharsets.UTF_8)
          + (parts.length > 1 ? "&" + parts[1] : "")
          + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))).expect(200).json();
      JsonArray items = page.getJsonArray("items");
      items.forEach(item -> ids.add(((JsonObject) item).getString("id")));
      cursor = page.getString("next");
    } while (cursor != null);
    return ids;
  }
}
