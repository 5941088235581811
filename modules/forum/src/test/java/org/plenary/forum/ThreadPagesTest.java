package org.plenary.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

/**
 * Pages of a thread are kept rendered per reader class and answered 304 from the thread's last event: on two
 * instances of the server on one database, every reader gets the page for their own rights as the database holds
 * it when they ask, whatever the other readers and the other instance asked before.
 */
@PlenaryTest
@DisplayName("Thread pages from the cache and ETags: never another reader's rights, always the latest write")
class ThreadPagesTest {

  private static TestServer.Running second;
  private static Api first;
  private static Api other;

  @BeforeAll
  static void startSecondInstance() throws Exception {
    second = TestServer.secondInstance();
    first = TestServer.api();
    other = new Api(second.baseUrl());
  }

  @AfterAll
  static void stopSecondInstance() throws Exception {
    second.close();
  }

  private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

  /** {@code persona} signed in on {@code instance} (tokens come from the first instance's issuer). */
  private static Api as(Api instance, String persona) {
    return persona == null ? instance.anonymous()
        : instance.withToken(TOKENS.computeIfAbsent(persona, first::passwordGrant));
  }

  private static Response page(Api instance, String persona, String thread) {
    return as(instance, persona).get("/threads/" + thread + "/posts").expect(200);
  }

  private static JsonObject post(Response page, long id) {
    return page.items().stream().map(JsonObject.class::cast).filter(p -> p.getLong("id") == id).findFirst()
        .orElseThrow(() -> new AssertionError("post " + id + " not on the page: " + page.body()));
  }

  @Test
  @DisplayName("A page asked again unchanged is 304 with no body; changed by a post on the other instance, 200")
  void notModifiedUntilTheThreadChanges() {
    Dialogue dialogue = Dialogue.on(first);
    String thread = dialogue.openThread("delegate-fra", "norms");
    dialogue.comment("delegate-est", thread, "A first comment.");
    Response read = page(first, null, thread);
    String etag = read.header("ETag");
    assertNotNull(etag, "an ETag");
    for (Api instance : List.of(first, other)) {
      Response again = instance.anonymous().withHeader("If-None-Match", etag).get("/threads/" + thread + "/posts");
      assertEquals(304, again.status(), "unchanged on either instance");
      assertEquals("", again.body());
    }

    long added = as(other, "delegate-bra").post("/threads/" + thread + "/posts",
        new JsonObject().put("body", "Brazil adds a word.").put("language", "en")).expect(201).json().getLong("id");
    for (Api instance : List.of(first, other)) {
      Response changed = instance.anonymous().withHeader("If-None-Match", etag).get("/threads/" + thread + "/posts")
          .expect(200);
      assertEquals("Brazil adds a word.", post(changed, added).getString("bodyHtml").replaceAll("</?p>", "").trim());
      assertNotEquals(etag, changed.header("ETag"));
    }
    // the same page for other rights is another page: a moderator's ETag is not the public's
    assertNotEquals(page(first, "moderator", thread).header("ETag"),
        page(first, null, thread).header("ETag"));
  }

  @Test
  @DisplayName("A writer reads their acknowledged post and edit at once, through either instance, caches warm")
  void writerReadsTheirOwnWriteAtOnce() {
    Dialogue dialogue = Dialogue.on(first);
    String thread = dialogue.openThread("delegate-fra", "confidence-building");
    for (int round = 0; round < 5; round++) {
      Api writeOn = round % 2 == 0 ? first : other;
      Api readOn = round % 2 == 0 ? other : first;
      // warm both instances' pages for the writer's class and the public
      List.of(first, other).forEach(instance -> {
        page(instance, "delegate-est", thread);
        page(instance, null, thread);
      });
      String body = "Round " + round + ": remarks by France.";
      long id = as(writeOn, "delegate-fra").post("/threads/" + thread + "/posts",
          new JsonObject().put("body", body).put("language", "en")).expect(201).json().getLong("id");
      assertEquals(body, post(page(readOn, "delegate-fra", thread), id).getString("bodyMarkdown"));
      assertTrue(post(page(readOn, null, thread), id).getString("bodyHtml").contains(body), "the public too");

      String edited = "Round " + round + ", as corrected.";
      as(readOn, "delegate-fra").patch("/posts/" + id, new JsonObject().put("body", edited)).expect(200);
      assertEquals(edited, post(page(writeOn, "delegate-fra", thread), id).getString("bodyMarkdown"));
      assertTrue(post(page(writeOn, "delegate-est", thread), id).getString("bodyHtml").contains(edited));
    }
  }

  @Test
  @DisplayName("One's own posts' Markdown is theirs: not sent to another reader of the class, before or after")
  void ownMarksAreNotShared() {
    Dialogue dialogue = Dialogue.on(first);
    String thread = dialogue.openThread("delegate-fra", "international-law");
    long france = dialogue.comment("delegate-fra", thread, "France's own words.").getLong("id");
    // Estonia reads first: the page kept for States has no Markdown, and France still gets its own
    assertFalse(post(page(first, "delegate-est", thread), france).containsKey("bodyMarkdown"));
    assertEquals("France's own words.", post(page(first, "delegate-fra", thread), france).getString("bodyMarkdown"));
    // and France reading first keeps nothing of its own for Estonia
    dialogue.comment("delegate-mwi", thread, "Malawi joins.");
    assertEquals("France's own words.", post(page(other, "delegate-fra", thread), france).getString("bodyMarkdown"));
    assertFalse(post(page(other, "delegate-est", thread), france).containsKey("bodyMarkdown"));
  }

  @Test
  @DisplayName("A hidden post's text: moderators read it, no one else, whoever read the page before")
  void hiddenPosts() {
    Dialogue dialogue = Dialogue.on(first);
    String thread = dialogue.openThread("delegate-fra", "capacity-building");
    long spam = dialogue.comment("delegate-est", thread, "Buy our product now.").getLong("id");
    List.of(first, other).forEach(instance -> {
      page(instance, null, thread);
      page(instance, "moderator", thread);
    });
    as(other, "moderator").post("/posts/" + spam + "/hide", new JsonObject().put("reason", "Commercial advertising"))
        .expect(200);
    for (Api instance : List.of(first, other)) {
      assertTrue(post(page(instance, "moderator", thread), spam).getString("bodyHtml").contains("Buy our product"));
      for (String reader : java.util.Arrays.asList(null, "cs-opennet", "delegate-bra", "chair")) {
        JsonObject seen = post(page(instance, reader, thread), spam);
        assertFalse(seen.containsKey("bodyHtml"), reader + " read a hidden post: " + seen.encode());
        assertTrue(seen.containsKey("hidden"));
      }
    }
  }

  @Test
  @DisplayName("Chatham House Rule switched on: names leave every page kept before, but for moderators")
  void chathamHouseSwitchedOn() {
    Dialogue dialogue = Dialogue.on(first);
    String thread = dialogue.openThread("moderator", "horizon-scanning",
        new JsonObject().put("audience", "participants"));
    long russia = dialogue.position("delegate-rus", thread, "Our delegation sees new threats.").getLong("id");
    List.of(first, other).forEach(instance -> List.of("cs-opennet", "delegate-bra", "moderator").forEach(reader ->
        assertTrue(post(page(instance, reader, thread), russia).containsKey("author"), "named before the rule")));

    as(other, "moderator").patch("/threads/" + thread, new JsonObject().put("chathamHouse", true)).expect(200);
    for (Api instance : List.of(first, other)) {
      for (String reader : List.of("cs-opennet", "delegate-bra", "chair")) {
        String body = page(instance, reader, thread).body();
        for (String name : List.of("RUS", "Russian Federation", "delegate-rus")) {
          assertFalse(body.contains(name), name + " shown to " + reader + " under the rule: " + body);
        }
      }
      assertTrue(post(page(instance, "moderator", thread), russia).containsKey("author"), "moderators still see");
    }
  }

  @Test
  @DisplayName("An audience narrowed: readers it leaves out get no page, from the cache or by ETag")
  void audienceNarrowed() {
    Dialogue dialogue = Dialogue.on(first);
    String thread = dialogue.openThread("delegate-fra", "institutional-dialogue");
    dialogue.comment("delegate-fra", thread, "A public remark.");
    String publicTag = page(other, null, thread).header("ETag");
    String stakeholderTag = page(other, "cs-opennet", thread).header("ETag");
    page(first, null, thread);

    as(first, "moderator").patch("/threads/" + thread, new JsonObject().put("audience", "states")).expect(200);
    for (Api instance : List.of(first, other)) {
      instance.anonymous().get("/threads/" + thread + "/posts").expectProblem(404);
      instance.anonymous().withHeader("If-None-Match", publicTag).get("/threads/" + thread + "/posts")
          .expectProblem(404);
      as(instance, "cs-opennet").withHeader("If-None-Match", stakeholderTag).get("/threads/" + thread + "/posts")
          .expectProblem(404);
      page(instance, "delegate-est", thread);
    }
  }

  @Test
  @DisplayName("Under the Chatham House Rule a State sees its own name in a joint statement; another State does not")
  void ownStateInAJointStatement() {
    Dialogue dialogue = Dialogue.on(first);
    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("chathamHouse", true));
    long joint = dialogue.post("delegate-fra", thread, new JsonObject().put("kind", "position")
        .put("body", "On behalf of a group of States.").put("onBehalfOf", new io.vertx.core.json.JsonArray().add("EST")))
        .expect(201).json().getLong("id");
    for (Api instance : List.of(first, other)) {
      String brazil = page(instance, "delegate-bra", thread).body();
      assertFalse(brazil.contains("EST"), "Brazil sees Estonia named: " + brazil);
      assertTrue(post(page(instance, "delegate-est", thread), joint).encode().contains("EST"), "Estonia sees itself");
      assertFalse(page(instance, "delegate-bra", thread).body().contains("EST"));
    }
  }
}
