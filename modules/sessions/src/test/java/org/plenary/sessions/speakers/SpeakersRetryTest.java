package org.plenary.sessions.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.database.DatabaseLocation;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

/** As the server's RetryAnswersTest does for the other creates: the answer lost after the commit, then the retry. */
@PlenaryTest
@DisplayName("An inscription, a right of reply or a statement whose answer was lost answers its retry with what it made")
class SpeakersRetryTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("The retry names the same inscription, right of reply and statement, and makes no second one")
  void retries() throws Exception {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    String speakers = sitting.speakers(5);
    JsonObject inscribed = retried("delegate-fra", speakers, new JsonObject(), "entryId");
    assertEquals(1, inscribed.getJsonArray("statements").size());
    String replies = speakers.replace("/speakers", "/rights-of-reply");
    JsonObject replied = retried("delegate-fra", replies, new JsonObject(), "entryId");
    assertEquals(1, replied.getJsonArray("repliesOfTheDay").size());
    retried("delegate-fra", "/speakers/" + inscribed.getString("entryId") + "/statement",
        new JsonObject().put("text", "Merci, Monsieur le Président.").put("language", "fr"), "id");
    assertEquals(1, api.as("delegate-fra").get(sitting.statements(5)).expect(200).items().size());
  }

  private JsonObject retried(String persona, String path, JsonObject body, String identity) throws Exception {
    String key = UUID.randomUUID().toString();
    Api caller = api.as(persona).withHeader("Idempotency-Key", key);
    Response first = caller.post(path, body).expect(201);
    forgetTheAnswer(key);
    Response retry = caller.post(path, body).expect(201);
    assertEquals("true", retry.header("Idempotent-Replayed"), path);
    assertEquals(first.header("Location"), retry.header("Location"), path);
    assertEquals(first.json().getString(identity), retry.json().getString(identity), path + ": " + retry.body());
    return retry.json();
  }

  private static void forgetTheAnswer(String key) throws Exception {
    DatabaseLocation database = DatabaseLocation.fromUrl(TestServer.running().database().url());
    try (var conn = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
         var forget = conn.prepareStatement("UPDATE idempotent_request SET status = NULL, location = NULL, body = NULL"
             + " WHERE key = ? AND made <> '[]'")) {
      forget.setString(1, key);
      assertEquals(1, forget.executeUpdate(), "the write recorded what it made under its key");
    }
  }
}
