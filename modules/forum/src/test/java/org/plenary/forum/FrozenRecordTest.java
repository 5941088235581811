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
import org.plenary.testing.Delegations;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The record is frozen when the thread is locked or closed, or a consultation has closed")
class FrozenRecordTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("A locked thread refuses an edit with 409 and shows every reader why it was locked; reopening clears it")
  void lockedThreadRefusesAnEdit() throws Exception {
    Api chile = new Delegations(TestServer.running()).delegateOf("CHL");
    String thread = dialogue.openThread("delegate-fra", "norms");
    long comment = dialogue.comment("delegate-mwi", thread, "Malawi's first wording.").getLong("id");
    long french = dialogue.position("delegate-fra", thread, "France's statement.").getLong("id");
    long joint = dialogue.post("delegate-bra", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("BRA").add("IDN").add("CHL"))).expect(201).json().getLong("id");
    api.as("delegate-idn").post("/posts/" + joint + "/on-behalf-of/IDN/confirm").expect(200);

    api.as("moderator").patch("/threads/" + thread, new JsonObject().put("status", "locked")
        .put("reason", "Cooling-off period after personal remarks.")).expect(200);
    JsonObject seen = api.anonymous().get("/threads/" + thread).expect(200).json();
    assertEquals("locked", seen.getString("status"));
    assertEquals("Cooling-off period after personal remarks.", seen.getString("statusReason"), "every reader sees why");
    assertTrue(seen.getBoolean("recordFrozen"));

    JsonObject refused = api.as("delegate-mwi").patch("/posts/" + comment, new JsonObject().put("body", "Rewritten."))
        .expect(409).json();
    assertEquals("/problems/record-frozen", refused.getString("type"));
    assertTrue(refused.getString("detail").contains("the record is frozen because the thread is locked")
        && refused.getString("detail").contains("Cooling-off period"), refused.getString("detail"));
    assertTrue(api.as("delegate-fra").post("/posts/" + french + "/withdraw", "{}").expectProblem(409)
        .contains("record is frozen"));
    assertTrue(api.as("delegate-idn").delete("/posts/" + joint + "/on-behalf-of/IDN").expectProblem(409)
        .contains("record is frozen"), "a State does not leave a frozen joint statement");
    chile.post("/posts/" + joint + "/on-behalf-of/CHL/confirm").expectProblem(409);
    chile.post("/posts/" + joint + "/on-behalf-of/CHL/decline").expectProblem(409);
    assertTrue(api.get("/posts/" + comment).json().getString("bodyHtml").contains("first wording"), "nothing changed");
    assertEquals("active", api.get("/posts/" + french).json().getString("status"));

    api.as("moderator").post("/posts/" + comment + "/hide", new JsonObject().put("reason", "Personal remarks"))
        .expect(200);
    assertEquals("Personal remarks", api.as("secretariat").get("/audit?action=post.hidden&subjectId=" + comment)
        .expect(200).items().getJsonObject(0).getString("reason"), "hiding for cause still works, audited");

    JsonObject reopened = api.as("moderator").patch("/threads/" + thread, new JsonObject().put("status", "open")
        .put("reason", "Discussion may resume.")).expect(200).json();
    assertFalse(reopened.containsKey("statusReason"), "reopening clears the reason");
    assertFalse(reopened.getBoolean("recordFrozen"));
    api.as("delegate-fra").patch("/posts/" + french, new JsonObject().put("body", "France's revised statement."))
        .expect(200);
  }

  @Test
  @DisplayName("A closed thread tells its readers why; its positions cannot be withdrawn")
  void closedThread() {
    String thread = dialogue.openThread("moderator", "international-law", new JsonObject().put("kind", "position-call"));
    long position = dialogue.position("delegate-idn", thread, "Indonesia's statement.").getLong("id");
    api.as("moderator").patch("/threads/" + thread, new JsonObject().put("status", "closed")
        .put("reason", "The call for positions has concluded.")).expect(200);
    assertEquals("The call for positions has concluded.", api.as("delegate-bra").get("/threads/" + thread).expect(200)
        .json().getString("statusReason"));
    String detail = api.as("delegate-idn").post("/posts/" + position + "/withdraw",
        new JsonObject().put("reason", "Too late.")).expectProblem(409);
    assertTrue(detail.contains("the thread is closed"), detail);
  }

  @Test
  @DisplayName("Once a consultation's closing time has passed, its posts are no longer edited or withdrawn")
  void consultationPastItsClosingTime() {
    String thread = dialogue.openThread("moderator", "capacity-building", new JsonObject().put("kind", "consultation")
        .put("closesAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
    long comment = dialogue.comment("cs-opennet", thread, "Our contribution.").getLong("id");
    long position = dialogue.position("delegate-mwi", thread, "Malawi's position.").getLong("id");
    api.as("moderator").patch("/threads/" + thread, new JsonObject()
        .put("closesAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString())).expect(200);

    String detail = api.as("cs-opennet").patch("/posts/" + comment, new JsonObject().put("body", "Afterthought."))
        .expectProblem(409);
    assertTrue(detail.contains("the consultation closed at"), detail);
    api.as("delegate-mwi").post("/posts/" + position + "/withdraw", "{}").expectProblem(409);
    JsonObject seen = api.as("cs-opennet").get("/threads/" + thread).expect(200).json();
    assertEquals("open", seen.getString("status"));
    assertTrue(seen.getBoolean("recordFrozen"));
  }

  @Test
  @DisplayName("Withdrawing a position may say why; the reason is shown with the withdrawn position, and is bounded")
  void withdrawalWithAReason() {
    String thread = dialogue.openThread("delegate-eu", "norms");
    long position = dialogue.position("delegate-eu", thread, "Statement of the European Union.").getLong("id");
    api.as("delegate-eu").post("/posts/" + position + "/withdraw", new JsonObject().put("reason", "x".repeat(501)))
        .expectProblem(400);
    assertEquals("active", api.get("/posts/" + position).json().getString("status"), "nothing half-written");
    JsonObject withdrawn = api.as("delegate-eu").post("/posts/" + position + "/withdraw",
        new JsonObject().put("reason", "Superseded by the statement of the member States.")).expect(200).json();
    assertEquals("withdrawn", withdrawn.getString("status"));
    assertEquals("Superseded by the statement of the member States.",
        api.anonymous().get("/posts/" + position).expect(200).json().getString("withdrawalReason"), "every reader sees it");

    long another = dialogue.position("delegate-fra", thread, "France.").getLong("id");
    assertFalse(api.as("delegate-fra").post("/posts/" + another + "/withdraw", "{}").expect(200).json()
        .containsKey("withdrawalReason"), "the reason is optional");
  }
}
