package org.plenary.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A long thread reads in pages of 50, in order, forward and from the end")
class PagingTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("120 posts: pages of 50, 50, 20 forward; the last page from the end; back again with 'previous'")
  void pages() {
    Dialogue dialogue = Dialogue.on(api);
    String thread = dialogue.openThread("delegate-fra", "norms");
    for (int i = 1; i <= 120; i++) {
      dialogue.comment(i % 2 == 0 ? "delegate-est" : "cs-opennet", thread, "Post number " + i);
    }
    JsonObject first = api.get("/threads/" + thread + "/posts").expect(200).json();
    assertSeq(first.getJsonArray("items"), 1, 50);
    assertFalse(first.containsKey("previous"));
    JsonObject second = api.get("/threads/" + thread + "/posts?cursor=" + first.getString("next")).expect(200).json();
    assertSeq(second.getJsonArray("items"), 51, 100);
    JsonObject third = api.get("/threads/" + thread + "/posts?cursor=" + second.getString("next")).expect(200).json();
    assertSeq(third.getJsonArray("items"), 101, 120);
    assertFalse(third.containsKey("next"));

    JsonObject last = api.get("/threads/" + thread + "/posts?before=end").expect(200).json();
    assertSeq(last.getJsonArray("items"), 71, 120);
    JsonObject before = api.get("/threads/" + thread + "/posts?before=" + last.getString("previous")).expect(200).json();
    assertSeq(before.getJsonArray("items"), 21, 70);
  }

  @Test
  @DisplayName("A link to post 73 opens the thread at it: 73 to 122, with 'previous' to read back and 'next' to read on")
  void fromAPost() {
    Dialogue dialogue = Dialogue.on(api);
    String thread = dialogue.openThread("delegate-fra", "norms");
    for (int i = 1; i <= 130; i++) {
      dialogue.comment("delegate-est", thread, "Post number " + i);
    }
    long cited = Dialogue.bySeq(dialogue.posts(null, thread), 73).getLong("id");
    JsonObject page = api.get("/threads/" + thread + "/posts?from=" + cited).expect(200).json();
    assertSeq(page.getJsonArray("items"), 73, 122);
    JsonObject earlier = api.get("/threads/" + thread + "/posts?before=" + page.getString("previous")).expect(200).json();
    assertSeq(earlier.getJsonArray("items"), 23, 72);
    JsonObject later = api.get("/threads/" + thread + "/posts?cursor=" + page.getString("next")).expect(200).json();
    assertSeq(later.getJsonArray("items"), 123, 130);

    String other = dialogue.openThread("delegate-fra", "norms");
    api.get("/threads/" + other + "/posts?from=" + cited).expect(404);
  }

  private static void assertSeq(JsonArray items, int from, int to) {
    assertEquals(to - from + 1, items.size());
    for (int i = 0; i < items.size(); i++) {
      assertEquals(from + i, items.getJsonObject(i).getInteger("seq"));
    }
  }
}
