package org.plenary.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.EventStream;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A thread's event stream resumes with Last-Event-ID: every missed event, in order, none twice")
class ResumeTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("A subscriber disconnects, three posts are written, it reconnects and receives exactly those three")
  void resumesWithTheThreeMissedPosts() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    String lastSeen;
    try (EventStream stream = api.as("delegate-est").follow("/threads/" + thread + "/events", null)) {
      assertEquals(200, stream.status());
      long seen = dialogue.comment("delegate-bra", thread, "Before the break.").getLong("id");
      EventStream.Event event = stream.next("post.created");
      assertEquals(seen, event.json().getJsonObject("post").getLong("id"));
      lastSeen = event.id();
    }
    List<Long> missed = List.of(
        dialogue.comment("delegate-bra", thread, "Missed one.").getLong("id"),
        dialogue.comment("delegate-mwi", thread, "Missed two.").getLong("id"),
        dialogue.comment("delegate-idn", thread, "Missed three.").getLong("id"));

    try (EventStream resumed = api.as("delegate-est").follow("/threads/" + thread + "/events", lastSeen)) {
      long previous = Long.parseLong(lastSeen);
      for (long expected : missed) {
        EventStream.Event event = resumed.next();
        assertEquals("post.created", event.name());
        assertEquals(expected, event.json().getJsonObject("post").getLong("id"));
        assertTrue(event.position() > previous, "ids increase");
        previous = event.position();
      }
      long after = dialogue.comment("delegate-bra", thread, "Back live.").getLong("id");
      EventStream.Event live = resumed.next();
      assertEquals(after, live.json().getJsonObject("post").getLong("id"), "the next event is the new post: none twice");
    }
  }

  @Test
  @DisplayName("A browser authenticates with a single-use ticket and resumes with ?lastEventId=")
  void ticketAndQueryParameter() {
    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("audience", "participants"));
    long first = dialogue.comment("delegate-fra", thread, "First.").getLong("id");
    long second = dialogue.comment("delegate-fra", thread, "Second.").getLong("id");
    String afterFirst = String.valueOf(firstEventPosition(thread, first));

    JsonObject ticket = api.as("cs-opennet").post("/stream-tickets").expect(201).json();
    String url = api.baseUrl() + "/api/v1/threads/" + thread + "/events?ticket=" + ticket.getString("ticket")
        + "&lastEventId=" + afterFirst;
    try (EventStream stream = EventStream.open(url, Map.of())) {
      assertEquals(200, stream.status());
      assertEquals(second, stream.next().json().getJsonObject("post").getLong("id"));
    }
    try (EventStream reused = EventStream.open(url, Map.of())) {
      assertEquals(401, reused.status(), "a ticket is good for one connection");
    }
    try (EventStream anonymous = EventStream.open(api.baseUrl() + "/api/v1/threads/" + thread + "/events", Map.of())) {
      assertEquals(401, anonymous.status(), "a participants thread needs a participant");
    }
  }

  @Test
  @DisplayName("A new stream first names its position: a client that drops before any event resumes from it without a gap")
  void resumesFromTheOpeningPosition() {
    String thread = dialogue.openThread("delegate-fra", "norms");
    String opening;
    try (EventStream stream = api.as("delegate-est").follow("/threads/" + thread + "/events", null)) {
      EventStream.Event opened = stream.opened();
      assertEquals(opened.id(), opened.json().getString("position"));
      opening = opened.id();
    }
    long missed = dialogue.comment("delegate-bra", thread, "Written before any event reached the client.").getLong("id");
    try (EventStream resumed = api.as("delegate-est").follow("/threads/" + thread + "/events", opening)) {
      assertEquals(opening, resumed.opened().id(), "a resumed stream opens where it resumes");
      assertEquals(missed, resumed.next().json().getJsonObject("post").getLong("id"));
    }
  }

  @Test
  @DisplayName("A subscriber more than 1,000 events behind is told to resynchronise, then follows live")
  void tooFarBehind() throws Exception {
    String thread = dialogue.openThread("delegate-fra", "norms");
    // 1,001 events that the stream only nudges about, written directly: posting as many would take long.
    sql("INSERT INTO outbox_event (type, stream, payload) SELECT 'test.nudge', 'thread:" + thread + "', '{}'"
        + " FROM generate_series(1, 1001)");
    try (EventStream stream = api.as("delegate-est").follow("/threads/" + thread + "/events", "0")) {
      assertEquals(200, stream.status());
      EventStream.Event resync = stream.next();
      assertEquals("stream.resync", resync.name(), "instead of replaying the thread's history: " + resync);
      assertEquals(1000, resync.json().getInteger("limit"));

      long post = dialogue.comment("delegate-bra", thread, "After the resync.").getLong("id");
      EventStream.Event live = stream.next();
      assertEquals("post.created", live.name());
      assertEquals(post, live.json().getJsonObject("post").getLong("id"));
      assertTrue(live.position() > resync.position());
    }
  }

  private static void sql(String statement) throws java.sql.SQLException {
    java.net.URI uri = java.net.URI.create(TestServer.running().database().url());
    String user = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo().split(":")[0];
    String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath() + "?user=" + user;
    try (var db = java.sql.DriverManager.getConnection(jdbc); var st = db.createStatement()) {
      st.execute(statement);
    }
  }

  /** The event id of a post's creation, read by replaying the thread from the start. */
  private long firstEventPosition(String thread, long postId) {
    try (EventStream replay = api.as("moderator").follow("/threads/" + thread + "/events", "0")) {
      EventStream.Event event = replay.next("post.created");
      assertEquals(postId, event.json().getJsonObject("post").getLong("id"));
      return event.position();
    }
  }
}
