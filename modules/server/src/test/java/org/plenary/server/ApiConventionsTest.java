package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("API conventions: bad input gets a problem that says what is wrong, and nothing is written")
class ApiConventionsTest {

  private final Api fra = TestServer.api().as("delegate-fra");

  @Test
  @DisplayName("Malformed JSON: 400 problem")
  void malformedJson() {
    String detail = fra.put("/me/preferences", "{\"language\": \"fr\",").expectProblem(400);
    assertTrue(detail.startsWith("The request body is not valid JSON"), detail);
  }

  @Test
  @DisplayName("An unknown field: 400 problem naming the field, preferences unchanged")
  void unknownField() {
    fra.put("/me/preferences", new JsonObject().put("language", "en").put("emailDigest", true)).expect(200);
    String body = "{\"language\": \"fr\", \"emailDigest\": false, \"favouriteColour\": \"blue\"}";
    var response = fra.put("/me/preferences", body);
    String detail = response.expectProblem(400);
    assertTrue(detail.contains("unknown field \"favouriteColour\""), detail);
    assertEquals("en", fra.get("/me/preferences").expect(200).json().getString("language"), "nothing half-written");
  }

  @Test
  @DisplayName("A value outside the allowed set: 400 problem with the allowed values")
  void invalidValue() {
    var response = fra.put("/me/preferences", new JsonObject().put("language", "de").put("emailDigest", true));
    response.expectProblem(400);
    assertTrue(response.body().contains("\\\"fr\\\""), response.body());
  }

  @Test
  @DisplayName("A body over the limit: 413 problem stating the limit")
  void bodyTooLarge() {
    String huge = "{\"language\": \"" + "x".repeat(400 * 1024) + "\", \"emailDigest\": true}";
    String detail = fra.put("/me/preferences", huge).expectProblem(413);
    assertTrue(detail.contains("bytes"), detail);
  }

  @Test
  @DisplayName("A valid request is stored and read back")
  void validPreferences() {
    fra.put("/me/preferences", new JsonObject().put("language", "ar").put("emailDigest", false)).expect(200);
    try {
      JsonObject stored = fra.get("/me/preferences").expect(200).json();
      assertEquals("ar", stored.getString("language"));
      assertEquals(false, stored.getBoolean("emailDigest"));
    } finally {
      // The account's language is the language of its problems: the tests after this one read English.
      fra.put("/me/preferences", new JsonObject().putNull("language").put("emailDigest", true)).expect(200);
    }
  }

  @Test
  @DisplayName("An unknown API address: 404 problem")
  void unknownPath() {
    fra.get("/no-such-thing").expectProblem(404);
  }

  @Test
  @DisplayName("A forged cursor: 400 problem")
  void forgedCursor() {
    String detail = fra.get("/organizations?cursor=bm90LWEtY3Vyc29y").expectProblem(400);
    assertTrue(detail.contains("cursor"), detail);
  }
}
