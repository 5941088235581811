package org.plenary.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Search results respect audience, Chatham House and moderation exactly like the thread API")
class SearchRightsTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  /** A word no other test writes: letters only, so every language's stemming leaves it whole. */
  private static String word() {
    StringBuilder word = new StringBuilder("zq");
    java.util.concurrent.ThreadLocalRandom.current().ints(10, 'a', 'z' + 1).forEach(c -> word.append((char) c));
    return word.append('x').toString();
  }

  private static JsonArray search(Api reader, String query) {
    return MultilingualSearchTest.search(reader, query);
  }

  @Test
  @DisplayName("A states thread's post never appears for cs-opennet, nor anonymously; States find it")
  void statesThread() {
    String word = word();
    String thread = dialogue.openThread("delegate-fra", "norms", new JsonObject().put("audience", "states")
        .put("title", "Among States " + word));
    long post = dialogue.comment("delegate-rus", thread, "A remark on " + word + " among States.").getLong("id");
    assertNotNull(MultilingualSearchTest.find(search(api.as("delegate-est"), word), post));
    assertEquals(2, search(api.as("delegate-est"), word).size(), "the thread and the post");
    assertTrue(search(api.as("cs-opennet"), word).isEmpty());
    assertTrue(search(api.anonymous(), word).isEmpty());
    assertTrue(MultilingualSearchTest.search(api.as("cs-opennet"), word, "&kind=thread").isEmpty());
  }

  @Test
  @DisplayName("Under the Chatham House Rule no author or organization, and no filter that would reveal them")
  void chathamHouse() {
    String word = word();
    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("audience", "participants")
        .put("chathamHouse", true));
    long post = dialogue.comment("delegate-rus", thread, "Our concern is " + word + ".").getLong("id");

    JsonObject seen = MultilingualSearchTest.find(search(api.as("cs-opennet"), word), post);
    assertNotNull(seen);
    assertEquals("state", seen.getString("constituency"));
    for (String leak : new String[] {"RUS", "Russian", "delegate-rus", "\"author\"", "\"speaksFor\""}) {
      assertFalse(seen.encode().contains(leak), leak + " leaked in " + seen.encode());
    }
    assertTrue(MultilingualSearchTest.search(api.as("cs-opennet"), word, "&organization=RUS").isEmpty(), "the filter reveals nobody");
    assertTrue(MultilingualSearchTest.search(api.as("cs-opennet"), word, "&regionalGroup=eastern-european").isEmpty());
    JsonObject asModerator = MultilingualSearchTest.find(MultilingualSearchTest.search(api.as("moderator"), word, "&organization=RUS"), post);
    assertEquals("RUS", asModerator.getJsonObject("speaksFor").getString("id"));
    assertEquals("RUS", MultilingualSearchTest.find(search(api.as("delegate-rus"), word), post)
        .getJsonObject("speaksFor").getString("id"), "authors see their own name");
  }

  @Test
  @DisplayName("The index is current: edits, hiding, restoring and audience changes show at once")
  void current() {
    String before = word();
    String after = word();
    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("audience", "participants"));
    long post = dialogue.comment("delegate-bra", thread, "First draft: " + before).getLong("id");
    api.as("delegate-bra").patch("/posts/" + post, new JsonObject().put("body", "Second draft: " + after)).expect(200);
    assertTrue(search(api.as("delegate-fra"), before).isEmpty());
    assertNotNull(MultilingualSearchTest.find(search(api.as("delegate-fra"), after), post));

    api.as("moderator").post("/posts/" + post + "/hide", new JsonObject().put("reason", "Off topic")).expect(200);
    assertNull(MultilingualSearchTest.find(search(api.as("delegate-fra"), after), post), "hidden posts are not found");
    assertTrue(MultilingualSearchTest.find(search(api.as("moderator"), after), post).getBoolean("hidden"));
    api.as("moderator").post("/posts/" + post + "/restore", new JsonObject().put("reason", "On reflection")).expect(200);
    assertNotNull(MultilingualSearchTest.find(search(api.as("delegate-fra"), after), post));

    assertNotNull(MultilingualSearchTest.find(search(api.as("cs-opennet"), after), post));
    api.as("moderator").patch("/threads/" + thread, new JsonObject().put("audience", "states")).expect(200);
    assertNull(MultilingualSearchTest.find(search(api.as("cs-opennet"), after), post));
    assertNotNull(MultilingualSearchTest.find(search(api.as("delegate-fra"), after), post));
  }

  @Test
  @DisplayName("Pages follow each other without repeating a result, by relevance and by date")
  void paging() {
    String word = word();
    String thread = dialogue.openThread("delegate-fra", "norms");
    for (int i = 0; i < 5; i++) {
      dialogue.comment("delegate-fra", thread, "Point " + i + ": " + word + (" " + word).repeat(i));
    }
    MultilingualSearchTest.awaitIndexed();
    for (String sort : new String[] {"relevance", "recent"}) {
      Set<String> seen = new HashSet<>();
      String next = null;
      int pages = 0;
      do {
        JsonObject page = api.anonymous().get("/search?limit=2&sort=" + sort + "&q=" + word
            + (next == null ? "" : "&cursor=" + next)).expect(200).json();
        page.getJsonArray("items").forEach(item -> assertTrue(seen.add(((JsonObject) item).getString("id")), "twice"));
        next = page.getString("next");
        pages++;
      } while (next != null);
      assertEquals(5, seen.size(), sort);
      assertEquals(3, pages, sort);
    }
  }
}
