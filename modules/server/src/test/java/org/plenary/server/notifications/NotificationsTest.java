package org.plenary.server.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.EventStream;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Notifications: what participants follow, what concerns them, live and listed, read and unread")
class NotificationsTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  private String newTopic() {
    String id = "notify-" + UUID.randomUUID().toString().substring(0, 8);
    api.as("secretariat").post("/topics", new JsonObject().put("id", id).put("title", "Notifications " + id)
        .put("description", "A topic of the notifications test")).expect(201);
    return id;
  }

  /** The next notification of this stream that concerns {@code thread}, skipping others. */
  private static JsonObject nextAbout(EventStream stream, String thread) {
    while (true) {
      EventStream.Event event = stream.next("notification.created");
      assertNotEquals(EventStream.END, event, "the stream ended");
      JsonObject notification = event.json().getJsonObject("notification");
      if (notification.getJsonObject("thread") != null && thread.equals(notification.getJsonObject("thread").getString("id"))) {
        return event.json();
      }
    }
  }

  @Test
  @DisplayName("Watched topics and threads, replies and mentions reach /me/events and /me/notifications")
  void reasons() {
    String topic = newTopic();
    api.as("delegate-est").put("/me/watches/topics/" + topic).expect(204);
    api.as("delegate-bra").get("/me").expect(200);
    try (EventStream estonia = api.as("delegate-est").follow("/me/events", null);
         EventStream brazil = api.as("delegate-bra").follow("/me/events", null)) {
      String thread = dialogue.openThread("delegate-fra", topic);
      assertEquals("watched-topic", nextAbout(estonia, thread).getJsonObject("notification").getString("reason"));

      long bra = dialogue.comment("delegate-bra", thread, "Brazil's view.").getLong("id");
      JsonObject topicPost = nextAbout(estonia, thread);
      assertEquals("watched-topic", topicPost.getJsonObject("notification").getString("reason"));
      assertEquals(bra, topicPost.getJsonObject("notification").getJsonObject("post").getLong("id"));

      dialogue.post("delegate-mwi", thread, new JsonObject().put("kind", "reply").put("parentId", bra)
          .put("body", "Malawi agrees.")).expect(201);
      assertEquals("reply", nextAbout(brazil, thread).getJsonObject("notification").getString("reason"));

      dialogue.comment("delegate-idn", thread, "We welcome the proposal of Estonia.");
      JsonObject mention = nextAbout(estonia, thread);
      assertEquals("mention", nextAbout(estonia, thread).getJsonObject("notification").getString("reason"),
          "after the reply, which Estonia hears of as a watcher: " + mention);
      assertTrue(mention.getLong("unreadCount") >= 3);
    }

    JsonObject page = api.as("delegate-est").get("/me/notifications?limit=100").expect(200).json();
    JsonArray items = page.getJsonArray("items");
    assertTrue(items.size() >= 4, items.encode());
    long newest = items.getJsonObject(0).getLong("id");
    assertTrue(page.getLong("unreadCount") >= 4);
    assertEquals(0, api.as("delegate-est").post("/me/notifications/read", new JsonObject().put("through", newest))
        .expect(200).json().getLong("unreadCount"));
    assertTrue(api.as("delegate-est").get("/me/notifications?unread=true").expect(200).items().isEmpty());
    assertTrue(api.as("delegate-est").get("/me/watches").expect(200).body().contains(topic));
    api.as("delegate-est").post("/me/notifications/read", new JsonObject()).expectProblem(400);
  }

  @Test
  @DisplayName("Nothing from a states thread reaches cs-opennet, though it follows the topic")
  void statesThreadStaysSilent() {
    String topic = newTopic();
    api.as("cs-opennet").put("/me/watches/topics/" + topic).expect(204);
    try (EventStream opennet = api.as("cs-opennet").follow("/me/events", null)) {
      String closed = dialogue.openThread("delegate-fra", topic, new JsonObject().put("audience", "states"));
      dialogue.comment("delegate-rus", closed, "Open Networks Alliance would not see this.");
      String open = dialogue.openThread("delegate-fra", topic, new JsonObject().put("title", "Open to all"));
      while (true) {
        EventStream.Event event = opennet.next("notification.created");
        assertNotEquals(EventStream.END, event);
        assertFalse(event.data().contains(closed), "cs-opennet heard of the states thread: " + event.data());
        if (event.data().contains(open)) {
          break;
        }
      }
    }
  }

  @Test
  @DisplayName("The daily digest is composed once per participant and day, as text and HTML")
  void digest() throws Exception {
    String topic = newTopic();
    api.as("ac-institute").put("/me/watches/topics/" + topic).expect(204);
    try (EventStream institute = api.as("ac-institute").follow("/me/events", null)) {
      String thread = dialogue.openThread("delegate-fra", topic, new JsonObject().put("title", "Digest <b>matters</b>"));
      nextAbout(institute, thread);
    }
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    api.as("delegate-fra").post("/email-digests", new JsonObject().put("date", today)).expectProblem(403);
    assertTrue(api.as("secretariat").post("/email-digests", new JsonObject().put("date", today)).expect(200).json()
        .getInteger("composed") >= 1);
    api.as("secretariat").post("/email-digests", new JsonObject().put("date", today)).expect(200);

    try (var db = java.sql.DriverManager.getConnection(jdbcUrl());
         var query = db.prepareStatement("SELECT e.subject, e.text_body, e.html_body, e.to_address FROM email_outbox e"
             + " JOIN participant p ON p.id = e.participant_id WHERE p.username = 'ac-institute' AND e.digest_date = ?")) {
      query.setObject(1, java.time.LocalDate.parse(today));
      var rows = query.executeQuery();
      assertTrue(rows.next(), "a digest was queued");
      assertEquals("ac-institute@plenary.example", rows.getString("to_address"));
      assertTrue(rows.getString("text_body").contains("Digest <b>matters</b>"), rows.getString("text_body"));
      assertTrue(rows.getString("html_body").contains("Digest &lt;b&gt;matters&lt;/b&gt;"), rows.getString("html_body"));
      assertTrue(rows.getString("html_body").contains("<a href=\""));
      assertFalse(rows.next(), "one digest per day, however often composed");
    }
  }

  private static String jdbcUrl() {
    java.net.URI uri = java.net.URI.create(TestServer.running().database().url());
    String user = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo().split(":")[0];
    return "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath() + "?user=" + user;
  }
}
