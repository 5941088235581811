package org.plenary.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Rights of reply follow the General Assembly's practice: two a day per thread, the second shorter")
class RightsOfReplyTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("The Russian Federation replies twice to France, the second within 800 characters; a third the same day is refused")
  void twoADay() throws InterruptedException {
    awayFromMidnightUtc();
    String thread = dialogue.openThread("delegate-fra", "horizon-scanning");
    long french = dialogue.position("delegate-fra", thread, "France notes incidents attributed to a State.").getLong("id");
    JsonObject before = api.as("delegate-rus").get("/threads/" + thread + "/rights-of-reply").expect(200).json();
    assertEquals(0, before.getInteger("usedToday"));
    assertEquals(1500, before.getInteger("nextMaxChars"), "the composer shows the limit that applies");

    String tooLong = reply(thread, french, "a".repeat(1501)).expectProblem(400);
    assertTrue(tooLong.contains("first right of reply") && tooLong.contains("1500 characters"), tooLong);
    long first = reply(thread, french, "The Russian Federation rejects these allegations. " + "a".repeat(1400))
        .expect(201).json().getLong("id");
    assertEquals(800, api.as("delegate-rus").get("/threads/" + thread + "/rights-of-reply").expect(200).json()
        .getInteger("nextMaxChars"), "the second is shorter");

    String secondTooLong = reply(thread, french, "b".repeat(801)).expectProblem(400);
    assertTrue(secondTooLong.contains("second right of reply") && secondTooLong.contains("800 characters"), secondTooLong);
    long second = reply(thread, french, "The Russian Federation exercises its second right of reply.").expect(201)
        .json().getLong("id");

    JsonObject third = reply(thread, french, "A third reply.").expect(409).json();
    assertEquals("/problems/rights-of-reply-used", third.getString("type"));
    assertTrue(third.getString("detail").contains("at most 2 rights of reply in a thread per day"), third.getString("detail"));
    JsonObject after = api.as("delegate-rus").get("/threads/" + thread + "/rights-of-reply").expect(200).json();
    assertEquals(2, after.getInteger("usedToday"));
    assertFalse(after.containsKey("nextMaxChars"), "none is left today");

    api.as("delegate-rus").patch("/posts/" + second, new JsonObject().put("body", "c".repeat(801))).expectProblem(400);
    api.as("delegate-rus").patch("/posts/" + first, new JsonObject().put("body", "d".repeat(1200))).expect(200);
    assertEquals(2, dialogue.posts(null, thread).stream().filter(p -> "right-of-reply".equals(((JsonObject) p)
        .getString("kind"))).count(), "nothing more was written");

    assertEquals(0, api.as("delegate-idn").get("/threads/" + thread + "/rights-of-reply").expect(200).json()
        .getInteger("usedToday"), "each State has its own two");
    dialogue.post("delegate-idn", thread, new JsonObject().put("kind", "right-of-reply").put("parentId", french)
        .put("body", "Indonesia's right of reply.")).expect(201);
    api.as("cs-opennet").get("/threads/" + thread + "/rights-of-reply").expectProblem(403);
  }

  private Response reply(String thread, long parent, String body) {
    return dialogue.post("delegate-rus", thread, new JsonObject().put("kind", "right-of-reply").put("parentId", parent)
        .put("body", body));
  }

  /** The count starts again at midnight UTC: a test that began just before it waits until it has passed. */
  private static void awayFromMidnightUtc() throws InterruptedException {
    LocalTime now = LocalTime.now(ZoneOffset.UTC);
    if (now.isAfter(LocalTime.of(23, 59, 30))) {
      Thread.sleep(Duration.between(now, LocalTime.MAX).toMillis() + 1_000);
    }
  }
}
