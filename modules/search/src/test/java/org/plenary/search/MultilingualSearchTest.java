package org.plenary.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.forum.ForumSearchIndexing;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.ServerDatabase;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Search finds what was said in any UN language, with the stemming of each")
class MultilingualSearchTest {

  private static Api api;
  private static long french;
  private static long russian;
  private static long chinese;

  @BeforeAll
  static void multilingualThread() {
    api = TestServer.api();
    Dialogue dialogue = Dialogue.on(api);
    String thread = dialogue.openThread("delegate-fra", "confidence-building");
    french = dialogue.post("delegate-fra", thread, new JsonObject().put("language", "fr")
        .put("body", "Les États doivent protéger leurs **infrastructures critiques** contre les attaques.")).expect(201)
        .json().getLong("id");
    russian = dialogue.post("delegate-rus", thread, new JsonObject().put("language", "ru")
        .put("body", "Защита критической информационной инфраструктуры является приоритетом.")).expect(201)
        .json().getLong("id");
    chinese = dialogue.post("delegate-idn", thread, new JsonObject().put("language", "zh")
        .put("body", "我们高度重视关键信息基础设施的保护，并支持建立信任措施。")).expect(201).json().getLong("id");
  }

  static JsonArray search(Api reader, String query) {
    return search(reader, query, "");
  }

  /** {@code filters}: further query parameters, such as "&language=fr". */
  static JsonArray search(Api reader, String query, String filters) {
    awaitIndexed();
    return reader.get("/search?limit=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + filters).expect(200)
        .items();
  }

  /** New posts are indexed after their commit, by the forum's consumer of the outbox: wait for it. */
  static void awaitIndexed() {
    ServerDatabase.awaitConsumer(ForumSearchIndexing.CONSUMER);
  }

  static JsonObject find(JsonArray results, long postId) {
    return results.stream().map(JsonObject.class::cast).filter(r -> r.getString("id").equals("post:" + postId))
        .findFirst().orElse(null);
  }

  @Test
  @DisplayName("'infrastructure critique' finds the French post about « infrastructures critiques », highlighted")
  void french() {
    JsonObject found = find(search(api.as("cs-opennet"), "infrastructure critique"), french);
    assertTrue(found != null, "the French post is found");
    assertTrue(found.getString("snippet").contains("<mark>infrastructures</mark> <mark>critiques</mark>"),
        found.getString("snippet"));
    assertEquals("fr", found.getString("language"));
    assertEquals("/api/v1/posts/" + french, found.getString("href"));
    assertEquals("FRA", found.getJsonObject("speaksFor").getString("id"));
  }

  @Test
  @DisplayName("A Russian query in another grammatical case finds the Russian post")
  void russian() {
    assertTrue(find(search(api.anonymous(), "критическая инфраструктура"), russian) != null);
    assertTrue(find(search(api.anonymous(), "критическая инфраструктура"), french) == null,
        "and not the French one");
  }

  @Test
  @DisplayName("A Chinese phrase finds the Chinese post; the same characters in another order do not")
  void chinese() {
    JsonObject found = find(search(api.anonymous(), "关键信息基础设施"), chinese);
    assertTrue(found != null, "the Chinese post is found");
    assertTrue(found.getString("snippet").contains("<mark>关键信息基础设施</mark>"), found.getString("snippet"));
    assertTrue(find(search(api.anonymous(), "建立信任"), chinese) != null, "any phrase of it");
    assertTrue(find(search(api.anonymous(), "设施基础信息关键"), chinese) == null);
  }

  @Test
  @DisplayName("Filters: language, kind, constituency, regional group, topic and dates")
  void filters() {
    assertTrue(find(search(api.anonymous(), "infrastructure critique", "&language=fr"), french) != null);
    assertTrue(find(search(api.anonymous(), "infrastructure critique", "&language=en"), french) == null);
    assertTrue(find(search(api.anonymous(), "infrastructure critique", "&kind=position"), french) == null);
    assertTrue(find(search(api.anonymous(), "infrastructure critique", "&kind=post&constituency=state"), french) != null);
    assertTrue(find(search(api.anonymous(), "infrastructure critique", "&regionalGroup=western-european-others"), french)
        != null);
    assertTrue(find(search(api.anonymous(), "infrastructure critique", "&regionalGroup=african"), french) == null);
    assertTrue(find(search(api.anonymous(), "infrastructure critique", "&topic=norms"), french) == null);
    assertTrue(find(search(api.anonymous(), "infrastructure critique", "&organization=FRA&from=2000-01-01T00:00:00Z"),
        french) != null);
    assertTrue(find(search(api.anonymous(), "infrastructure critique", "&to=2000-01-01T00:00:00Z"), french) == null);
  }

  @Test
  @DisplayName("Bad filters are 400 problems that say what is wrong")
  void badFilters() {
    assertTrue(api.anonymous().get("/search?q=x&kind=poem").expectProblem(400).contains("kind"));
    assertTrue(api.anonymous().get("/search").expectProblem(400).contains("q"));
    assertTrue(api.anonymous().get("/search?q=x&from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z")
        .expectProblem(400).contains("after"));
    assertFalse(api.anonymous().get("/search?q=x&cursor=bm9wZQ").expectProblem(400).isEmpty());
  }
}
