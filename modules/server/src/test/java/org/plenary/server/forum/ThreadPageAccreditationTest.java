package org.plenary.server.forum;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.vertx.core.json.JsonObject;
import java.util.List;
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

/**
 * A stakeholder's accreditation withdrawn: the pages of a participants' thread it read (kept rendered for
 * participants on both instances, and by its client with their ETags) are no longer its to read, on either
 * instance, once that instance has the withdrawal's event.
 */
@PlenaryTest
@DisplayName("Accreditation withdrawn: no page of a participants' thread from the cache or by ETag, on either instance")
class ThreadPageAccreditationTest {

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
  @DisplayName("Read on both instances, withdrawn through the first: 403 on both, If-None-Match or not")
  void withdrawn() throws Exception {
    String organization = People.accreditedStakeholder(first);
    String subject = "delegate-of-" + organization;
    Api onFirst = People.signedIn(first, subject, organization, "delegate");
    Api onSecond = People.signedIn(other, subject, organization, "delegate");
    Dialogue dialogue = Dialogue.on(first);
    String thread = dialogue.openThread("delegate-fra", "norms", new JsonObject().put("audience", "participants"));
    dialogue.comment("delegate-fra", thread, "France opens the discussion.");
    String path = "/threads/" + thread + "/posts";
    // another accredited participant's read keeps the page for the class on both instances
    first.as("cs-opennet").get(path).expect(200);
    other.withToken(first.passwordGrant("cs-opennet")).get(path).expect(200);
    String tagOnFirst = onFirst.get(path).expect(200).header("ETag");
    String tagOnSecond = onSecond.get(path).expect(200).header("ETag");
    assertNotNull(tagOnFirst);

    try (EventStream firstSees = onFirst.follow("/me/events", null);
         EventStream secondSees = onSecond.follow("/me/events", null)) {
      first.as("secretariat").post("/accredited-organizations/" + organization + "/withdrawal",
          new JsonObject().put("reason", "Breach of the code of conduct.")).expect(200);
      // each instance publishes events in commit order: once it streams the notification of the withdrawal, it has
      // published the withdrawal itself (and forgotten the organization's people)
      for (EventStream stream : List.of(firstSees, secondSees)) {
        awaitAccreditationNotice(stream);
      }
    }
    onFirst.withHeader("If-None-Match", tagOnFirst).get(path).expectProblem(403);
    onSecond.withHeader("If-None-Match", tagOnSecond).get(path).expectProblem(403);
    onFirst.get(path).expectProblem(403);
    onSecond.get(path).expectProblem(403);
  }

  private static void awaitAccreditationNotice(EventStream stream) {
    JsonObject notification;
    do {
      EventStream.Event event = stream.next("notification.created");
      assertNotEquals(EventStream.END, event, "the stream ended");
      notification = event.json().getJsonObject("notification");
    } while (!"accreditation".equals(notification.getString("reason")));
  }
}
