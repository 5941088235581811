package org.plenary.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.People;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

/** Moved from the forum's AudienceTest: what a withdrawal takes away in the forum. */
@PlenaryTest
@DisplayName("Who may read and write where, decided on the server")
class WithdrawnAccreditationTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("A stakeholder whose accreditation is withdrawn may no longer edit its posts, nor flag others'")
  void withdrawnAccreditationWritesNothing() throws Exception {
    String organization = People.accreditedStakeholder(api);
    Api stakeholder = People.signedIn(api, "writer-" + organization, organization, "delegate");
    String thread = dialogue.openThread("delegate-fra", "norms");
    long own = stakeholder.post("/threads/" + thread + "/posts", new JsonObject().put("body", "Our view.")
        .put("language", "en")).expect(201).json().getLong("id");
    long french = dialogue.comment("delegate-fra", thread, "A French comment.").getLong("id");

    api.as("secretariat").post("/accredited-organizations/" + organization + "/withdrawal",
        new JsonObject().put("reason", "Breach of the code of conduct")).expect(200);
    assertTrue(stakeholder.patch("/posts/" + own, new JsonObject().put("body", "Rewritten."))
        .expectProblem(403).contains("not accredited"));
    stakeholder.post("/posts/" + french + "/flags", new JsonObject().put("reason", "Flagging")).expectProblem(403);
    assertEquals(1, api.get("/posts/" + own).json().getInteger("version"), "the post is as it was");
  }
}
