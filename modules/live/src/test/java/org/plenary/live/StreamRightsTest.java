package org.plenary.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.EventStream;
import org.plenary.testing.People;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Event streams respect the reader's rights exactly as the REST API does")
class StreamRightsTest {

  private static final List<String> IDENTIFYING = List.of("RUS", "Russian Federation", "delegate-rus", "\"author\"",
      "\"speaksFor\"");

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("cs-opennet's stream of a Chatham House thread never carries an author or organization")
  void chathamHouse() {
    String thread = dialogue.openThread("moderator", "horizon-scanning", new JsonObject().put("kind", "consultation")
        .put("audience", "participants").put("chathamHouse", true)
        .put("closesAt", Instant.now().plus(7, ChronoUnit.DAYS).toString()));
    try (EventStream opennet = api.as("cs-opennet").follow("/threads/" + thread + "/events", null);
         EventStream moderator = api.as("moderator").follow("/threads/" + thread + "/events", null)) {
      long position = dialogue.position("delegate-rus", thread, "Our delegation sees new threats.").getLong("id");
      api.as("delegate-rus").patch("/posts/" + position, new JsonObject().put("body", "Our view, revised.")).expect(200);

      for (String type : List.of("post.created", "post.edited")) {
        EventStream.Event seen = opennet.next();
        assertEquals(type, seen.name());
        assertEquals("state", seen.json().getJsonObject("post").getString("constituency"));
        IDENTIFYING.forEach(name -> assertFalse(seen.data().contains(name), name + " leaked in " + seen.data()));
      }
      JsonObject asModerator = moderator.next("post.created").json().getJsonObject("post");
      assertEquals("RUS", asModerator.getJsonObject("speaksFor").getString("id"), "the moderator sees who spoke");
    }
  }

  @Test
  @DisplayName("cs-opennet cannot follow a states thread, and a thread that becomes one ends its stream unseen")
  void statesThread() {
    String closed = dialogue.openThread("delegate-fra", "norms", new JsonObject().put("audience", "states"));
    try (EventStream refused = api.as("cs-opennet").follow("/threads/" + closed + "/events", null)) {
      assertEquals(404, refused.status());
    }

    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("audience", "participants"));
    try (EventStream opennet = api.as("cs-opennet").follow("/threads/" + thread + "/events", null);
         EventStream france = api.as("delegate-fra").follow("/threads/" + thread + "/events", null)) {
      api.as("moderator").patch("/threads/" + thread, new JsonObject().put("audience", "states")).expect(200);
      long secret = dialogue.comment("delegate-rus", thread, "Among States only.").getLong("id");

      assertEquals("thread.updated", france.next().name());
      assertEquals(secret, france.next().json().getJsonObject("post").getLong("id"), "States still follow it");
      EventStream.Event last = opennet.next();
      assertEquals("stream.ended", last.name(), "cs-opennet's stream ends instead of carrying " + last);
      assertEquals("not-readable", last.json().getString("reason"));
      assertSame(EventStream.END, opennet.next());
    }
    try (EventStream replay = api.as("cs-opennet").follow("/threads/" + thread + "/events", "0")) {
      assertEquals(404, replay.status(), "nor can it replay the thread");
    }
  }

  @Test
  @DisplayName("A stakeholder whose accreditation is withdrawn: its stream ends at once, saying why")
  void accreditationWithdrawn() throws Exception {
    String organization = People.accreditedStakeholder(api);
    Api delegate = People.signedIn(api, "delegate-of-" + organization, organization, "delegate");
    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("audience", "participants"));
    try (EventStream stream = delegate.follow("/threads/" + thread + "/events", null)) {
      assertEquals(200, stream.status());
      long before = dialogue.comment("delegate-fra", thread, "Before the withdrawal.").getLong("id");
      assertEquals(before, stream.next().json().getJsonObject("post").getLong("id"));

      api.as("secretariat").post("/accredited-organizations/" + organization + "/withdrawal",
          new JsonObject().put("reason", "Breach of the code of conduct.")).expect(200);
      EventStream.Event ended = stream.next();
      assertEquals("stream.ended", ended.name(), "without waiting for the thread's next event: " + ended);
      assertEquals("not-accredited", ended.json().getString("reason"));
      assertSame(EventStream.END, stream.next());
    }
    try (EventStream again = delegate.follow("/threads/" + thread + "/events", null)) {
      assertEquals(403, again.status());
    }
  }

  @Test
  @DisplayName("A moderator demoted to member: the first events after the change end their stream of a states thread")
  void demotedModerator() throws Exception {
    String subject = "moderator-" + UUID.randomUUID();
    Api moderator = People.signedIn(api, subject, "secretariat", "moderator");
    String thread = dialogue.openThread("delegate-fra", "norms", new JsonObject().put("audience", "states"));
    try (EventStream stream = moderator.follow("/threads/" + thread + "/events", null)) {
      assertEquals(200, stream.status());
      long before = dialogue.comment("delegate-fra", thread, "Among States and those who run the dialogue.").getLong("id");
      assertEquals(before, stream.next().json().getJsonObject("post").getLong("id"));

      People.signedIn(api, subject, "secretariat", "member").get("/me").expect(200);
      // Each event is rendered for the reader's rights as stored, which the stream reads again every few
      // seconds at most: keep writing until an event finds the new ones.
      EventStream.Event event = null;
      for (int attempt = 0; attempt < 150; attempt++) {
        dialogue.comment("delegate-fra", thread, "Among States only, " + attempt + ".");
        event = stream.next();
        if (!"post.created".equals(event.name())) {
          break;
        }
        Thread.sleep(200);
      }
      assertEquals("stream.ended", event.name(), "the demoted moderator still follows the states thread: " + event);
      assertEquals("not-readable", event.json().getString("reason"));
      assertSame(EventStream.END, stream.next());
    }
  }

  @Test
  @DisplayName("A malformed Last-Event-ID is a 400 problem")
  void malformedLastEventId() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    try (EventStream stream = api.as("delegate-fra").follow("/threads/" + thread + "/events", "yesterday")) {
      assertEquals(400, stream.status());
    }
    try (EventStream stream = api.anonymous().follow("/threads/" + thread + "/events", null)) {
      assertEquals(200, stream.status(), "a public thread may be followed anonymously");
      long post = dialogue.comment("delegate-fra", thread, "For everyone.").getLong("id");
      EventStream.Event event = stream.next();
      assertEquals(post, event.json().getJsonObject("post").getLong("id"));
      assertNotEquals(-1, event.position());
      assertTrue(event.data().contains("\"speaksFor\""), "public, not Chatham House: names are shown");
    }
  }
}
