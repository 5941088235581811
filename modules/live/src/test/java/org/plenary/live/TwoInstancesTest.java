package org.plenary.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.EventStream;
import org.plenary.testing.People;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Two server instances on one database: a post written through one reaches subscribers of the other")
class TwoInstancesTest {

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

  @Test
  @DisplayName("Written through the first, received from the second; and the other way round")
  void bothWays() {
    Dialogue dialogue = Dialogue.on(first);
    String thread = dialogue.openThread("delegate-fra", "confidence-building");
    Api estoniaOnSecond = other.withToken(first.passwordGrant("delegate-est"));
    Api brazilOnSecond = other.withToken(first.passwordGrant("delegate-bra"));
    try (EventStream onSecond = estoniaOnSecond.follow("/threads/" + thread + "/events", null);
         EventStream onFirst = first.as("delegate-mwi").follow("/threads/" + thread + "/events", null)) {
      long viaFirst = dialogue.comment("delegate-fra", thread, "Written through the first instance.").getLong("id");
      assertEquals(viaFirst, onSecond.next().json().getJsonObject("post").getLong("id"));

      long viaSecond = brazilOnSecond.post("/threads/" + thread + "/posts",
              new JsonObject().put("body", "Written through the second.").put("language", "en"))
          .expect(201).json().getLong("id");
      assertEquals(viaFirst, onFirst.next().json().getJsonObject("post").getLong("id"));
      assertEquals(viaSecond, onFirst.next().json().getJsonObject("post").getLong("id"));
      assertEquals(viaSecond, onSecond.next().json().getJsonObject("post").getLong("id"));
    }
  }

  @Test
  @DisplayName("An accreditation withdrawn through the first is enforced by the second once it has the event")
  void withdrawalReachesTheSecond() throws Exception {
    String organization = People.accreditedStakeholder(first);
    Api delegateOnSecond = People.signedIn(other, "delegate-of-" + organization, organization, "delegate");
    String thread = Dialogue.on(first).openThread("delegate-fra", "norms");
    JsonObject post = new JsonObject().put("body", "Our view.").put("language", "en");
    delegateOnSecond.post("/threads/" + thread + "/posts", post).expect(201);

    try (EventStream mine = delegateOnSecond.follow("/me/events", null)) {
      first.as("secretariat").post("/accredited-organizations/" + organization + "/withdrawal",
          new JsonObject().put("reason", "Breach of the code of conduct.")).expect(200);
      // The second publishes events in commit order: once it streams the notification of the withdrawal,
      // it has published the withdrawal itself.
      JsonObject notification;
      do {
        EventStream.Event event = mine.next("notification.created");
        assertNotEquals(EventStream.END, event, "the stream ended");
        notification = event.json().getJsonObject("notification");
      } while (!"accreditation".equals(notification.getString("reason")));
    }
    delegateOnSecond.post("/threads/" + thread + "/posts", post).expectProblem(403);
  }
}
