package org.plenary.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The Chair opens every kind of thread and reads the audit log, as moderators and the Secretariat do")
class RolesTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("The Chair opens a call for positions, a consultation, a draft and a discussion; a delegate still opens discussions only")
  void chairOpensThreads() {
    JsonObject call = api.as("chair").post("/topics/norms/threads", new JsonObject().put("kind", "position-call")
        .put("title", "The Chair's call for positions on norm (j)").put("audience", "public")).expect(201).json();
    assertEquals("position-call", call.getString("kind"));
    assertEquals("Office of the Chair", call.getJsonObject("openedBy").getJsonObject("organization").getString("name"));
    dialogue.position("delegate-fra", call.getString("id"), "France answers the Chair's call.");
    dialogue.openThread("chair", "capacity-building", new JsonObject().put("kind", "consultation")
        .put("closesAt", Instant.now().plus(7, ChronoUnit.DAYS).toString()));
    dialogue.openThread("chair", "institutional-dialogue", new JsonObject().put("kind", "draft"));
    dialogue.openThread("chair", "norms");
    String detail = api.as("delegate-fra").post("/topics/norms/threads", new JsonObject().put("kind", "position-call")
        .put("title", "Not for delegates")).expectProblem(403);
    assertTrue(detail.contains("the Chair"), detail);
  }

  @Test
  @DisplayName("The Chair reads the audit log: moderation with who did it, a State's own decisions without naming it")
  void chairReadsTheAuditLog() {
    String thread = dialogue.openThread("delegate-bra", "norms");
    long post = dialogue.comment("ps-contoso", thread, "Buy our firewall today!").getLong("id");
    api.as("moderator").post("/posts/" + post + "/hide", new JsonObject().put("reason", "Advertising")).expect(200);
    long joint = dialogue.post("delegate-bra", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("IDN"))).expect(201).json().getLong("id");
    api.as("delegate-idn").post("/posts/" + joint + "/on-behalf-of/IDN/confirm").expect(200);

    JsonObject hidden = api.as("chair").get("/audit?action=post.hidden&subjectId=" + post).expect(200).items()
        .getJsonObject(0);
    assertEquals("moderator", hidden.getJsonObject("actor").getString("username"));
    assertEquals("Advertising", hidden.getString("reason"));
    JsonObject confirmed = api.as("chair").get("/audit?subjectType=post&subjectId=" + joint).expect(200).items()
        .getJsonObject(0);
    assertEquals("post.joint-statement-confirmed", confirmed.getString("action"));
    assertTrue(confirmed.getBoolean("actorWithheld"));
    assertFalse(confirmed.containsKey("actor"));
    assertFalse(confirmed.getJsonObject("details").containsKey("state"), "the Chair asks the Secretariat");
    JsonObject asSecretariat = api.as("secretariat").get("/audit?subjectType=post&subjectId=" + joint).expect(200).items()
        .getJsonObject(0);
    assertEquals("IDN", asSecretariat.getJsonObject("details").getString("state"));
    assertEquals("delegate-idn", asSecretariat.getJsonObject("actor").getString("username"));
    api.as("delegate-fra").get("/audit").expectProblem(403);
  }
}
