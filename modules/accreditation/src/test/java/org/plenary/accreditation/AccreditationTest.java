package org.plenary.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Accrediting;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Accreditation: ECOSOC notification, decisions, withdrawal and who sees what")
class AccreditationTest {

  private final Api api = TestServer.api();
  private final Accrediting accrediting = new Accrediting(api);
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("An organization the Secretariat registers with ECOSOC status is accredited at once, is on the public list, and its delegate posts")
  void ecosocOnNotification() throws Exception {
    JsonObject application = accrediting.register(true);
    String organization = application.getJsonObject("organization").getString("id");
    assertEquals("accredited", application.getString("status"));
    assertEquals("ecosoc-notification", application.getString("decidedHow"));
    assertFalse(application.containsKey("windowClosesAt"), "no window for ECOSOC organizations");
    assertTrue(application.getBoolean("ecosocStatus"));
    JsonObject listed = api.anonymous().get("/accredited-organizations?kind=civil-society&country=KEN&limit=500")
        .expect(200).items().stream().map(JsonObject.class::cast)
        .filter(o -> organization.equals(o.getString("id"))).findFirst().orElseThrow();
    assertTrue(listed.getBoolean("ecosocStatus"));

    String thread = dialogue.openThread("delegate-fra", "norms");
    Api delegate = Accrediting.delegateOf(TestServer.running(), organization);
    delegate.post("/threads/" + thread + "/posts", new JsonObject().put("body", "Thank you for accrediting us.")
        .put("language", "en")).expect(201);
  }

  @Test
  @DisplayName("A delegate already signed in while pending posts the moment the window closes without objection")
  void postsAsSoonAsAccredited() throws Exception {
    JsonObject application = accrediting.register(false);
    Api delegate = Accrediting.delegateOf(TestServer.running(), application.getJsonObject("organization").getString("id"));
    String thread = dialogue.openThread("delegate-fra", "norms");
    JsonObject post = new JsonObject().put("body", "Our view.").put("language", "en");
    delegate.post("/threads/" + thread + "/posts", post).expectProblem(403);

    JsonObject decided = accrediting.close(application.getString("id"));
    assertEquals("accredited", decided.getString("status"));
    assertEquals("closed-by-secretariat", decided.getString("decidedHow"));
    delegate.post("/threads/" + thread + "/posts", post).expect(201);
  }

  @Test
  @DisplayName("An objection withdrawn during the window no longer counts")
  void objectionWithdrawn() {
    String id = accrediting.register(false).getString("id");
    accrediting.object("delegate-idn", id, "Pending consultations in capital.").expect(201);
    accrediting.object("delegate-idn", id, null).expectProblem(409);
    api.as("delegate-fra").delete("/accreditations/" + id + "/objections/IDN").expectProblem(403);
    JsonObject after = api.as("delegate-idn").delete("/accreditations/" + id + "/objections/IDN").expect(200).json();
    assertTrue(after.getJsonArray("objections").isEmpty());
    assertEquals("accredited", accrediting.close(id).getString("status"));
    accrediting.object("delegate-rus", id, null).expectProblem(409);
  }

  @Test
  @DisplayName("Only State delegates object; only the Secretariat closes, moves the window and withdraws")
  void whoMayDecide() {
    String id = accrediting.register(false).getString("id");
    for (String persona : new String[] {"cs-opennet", "member-fra", "delegate-eu", "moderator"}) {
      accrediting.object(persona, id, null).expectProblem(403);
    }
    api.as("delegate-fra").post("/accreditations/" + id + "/close").expectProblem(403);
    api.as("moderator").patch("/accreditations/" + id, new JsonObject().put("closesAt", "2099-01-01T00:00:00Z"))
        .expectProblem(403);
    String detail = api.as("secretariat").patch("/accreditations/" + id,
        new JsonObject().put("closesAt", "2020-01-01T00:00:00Z")).expectProblem(400);
    assertTrue(detail.contains("future"), detail);
    accrediting.close(id);
    api.as("secretariat").post("/accreditations/" + id + "/close").expectProblem(409);
  }

  @Test
  @DisplayName("Withdrawal: the Secretariat withdraws with a reason; the organization's people can no longer post")
  void withdrawal() throws Exception {
    String organization = accrediting.register(true).getJsonObject("organization").getString("id");
    Api delegate = Accrediting.delegateOf(TestServer.running(), organization);
    String thread = dialogue.openThread("delegate-fra", "norms");
    JsonObject post = new JsonObject().put("body", "Our view.").put("language", "en");
    delegate.post("/threads/" + thread + "/posts", post).expect(201);

    JsonObject reason = new JsonObject().put("reason", "Breach of the code of conduct at the second session.");
    api.as("delegate-fra").post("/accredited-organizations/" + organization + "/withdrawal", reason).expectProblem(403);
    api.as("secretariat").post("/accredited-organizations/" + organization + "/withdrawal", reason).expect(200);
    api.as("secretariat").post("/accredited-organizations/" + organization + "/withdrawal", reason).expectProblem(409);

    delegate.post("/threads/" + thread + "/posts", post).expectProblem(403);
    assertFalse(api.anonymous().get("/accredited-organizations?limit=500").body().contains(organization));
    JsonObject audit = api.as("secretariat").get("/audit?action=accreditation.withdrawn&subjectId=" + organization)
        .expect(200).items().getJsonObject(0);
    assertEquals(reason.getString("reason"), audit.getString("reason"));
    JsonObject application = delegate.get("/accreditations").expect(200).items().getJsonObject(0);
    assertEquals("withdrawn", application.getString("status"));
    assertEquals(reason.getString("reason"), application.getString("withdrawalReason"));
  }

  @Test
  @DisplayName("An objected organization's delegate applies again claiming ECOSOC status: a claim opens the window like any application, and States may object again")
  void ecosocClaimOpensTheWindow() throws Exception {
    String organization = objectedOrganization();
    Api delegate = Accrediting.delegateOf(TestServer.running(), organization);
    JsonObject again = Accrediting.request("Organization " + organization, true);
    delegate.post("/accreditations", again.copy().put("windowDays", 3)).expectProblem(403);
    delegate.post("/accreditations", again.copy().put("kind", "academia")).expectProblem(400);

    JsonObject claimed = delegate.post("/accreditations", again).expect(201).json();
    assertEquals("pending", claimed.getString("status"), "a claim of ECOSOC status accredits nobody");
    assertTrue(claimed.getBoolean("windowOpen"));
    assertTrue(claimed.getBoolean("ecosocClaimed"));
    assertFalse(claimed.getBoolean("ecosocStatus"), "not confirmed by the Secretariat");
    assertEquals("pending", claimed.getJsonObject("organization").getString("accreditation"));
    delegate.post("/accreditations", again).expectProblem(409);
    String thread = dialogue.openThread("delegate-fra", "norms");
    JsonObject post = new JsonObject().put("body", "We have consultative status.").put("language", "en");
    delegate.post("/threads/" + thread + "/posts", post).expectProblem(403);

    accrediting.object("delegate-rus", claimed.getString("id"), null).expect(201);
    assertEquals("objected", accrediting.close(claimed.getString("id")).getString("status"));
    delegate.post("/threads/" + thread + "/posts", post).expectProblem(403);
  }

  @Test
  @DisplayName("An organization whose accreditation was withdrawn does not win it back by claiming ECOSOC status")
  void ecosocClaimAfterWithdrawal() throws Exception {
    String organization = accrediting.register(true).getJsonObject("organization").getString("id");
    api.as("secretariat").post("/accredited-organizations/" + organization + "/withdrawal",
        new JsonObject().put("reason", "Misrepresented its affiliation.")).expect(200);
    Api delegate = Accrediting.delegateOf(TestServer.running(), organization);
    JsonObject claimed = delegate.post("/accreditations", Accrediting.request("Organization " + organization, true))
        .expect(201).json();
    assertEquals("pending", claimed.getString("status"));
    assertEquals("pending", claimed.getJsonObject("organization").getString("accreditation"));
    String thread = dialogue.openThread("delegate-fra", "norms");
    delegate.post("/threads/" + thread + "/posts", new JsonObject().put("body", "We are back.").put("language", "en"))
        .expectProblem(403);
  }

  @Test
  @DisplayName("The Secretariat confirms a claimed ECOSOC status: accredited on notification despite an objection, audited, and its delegate posts")
  void secretariatConfirmsTheClaim() throws Exception {
    String organization = objectedOrganization();
    Api delegate = Accrediting.delegateOf(TestServer.running(), organization);
    String id = delegate.post("/accreditations", Accrediting.request("Organization " + organization, true))
        .expect(201).json().getString("id");
    assertTrue(api.as("secretariat").get("/accreditations?ecosoc=claimed&limit=500").body().contains(id),
        "the Secretariat finds the claims it has to check");
    accrediting.object("delegate-idn", id, null).expect(201);
    String confirmation = "/accreditations/" + id + "/ecosoc-confirmation";
    for (String persona : new String[] {"delegate-fra", "moderator", "chair", "cs-opennet"}) {
      api.as(persona).post(confirmation).expectProblem(403);
    }
    String detail = delegate.post(confirmation).expectProblem(403);
    assertTrue(detail.contains("Secretariat"), detail);

    JsonObject confirmed = api.as("secretariat").post(confirmation).expect(200).json();
    assertEquals("accredited", confirmed.getString("status"));
    assertEquals("ecosoc-notification", confirmed.getString("decidedHow"));
    assertTrue(confirmed.getBoolean("ecosocStatus"));
    assertTrue(confirmed.containsKey("ecosocConfirmedAt"));
    assertFalse(confirmed.getBoolean("windowOpen"));
    api.as("secretariat").post(confirmation).expectProblem(409);
    assertFalse(api.as("secretariat").get("/accreditations?ecosoc=claimed&limit=500").body().contains(id));

    JsonObject audit = api.as("secretariat").get("/audit?action=accreditation.ecosoc-confirmed&subjectId=" + organization)
        .expect(200).items().getJsonObject(0);
    assertEquals("secretariat", audit.getJsonObject("actor").getString("username"));
    assertEquals(1, audit.getJsonObject("details").getInteger("objections"));
    String thread = dialogue.openThread("delegate-fra", "norms");
    delegate.post("/threads/" + thread + "/posts", new JsonObject().put("body", "Thank you.").put("language", "en"))
        .expect(201);
    JsonObject listed = api.anonymous().get("/accredited-organizations?kind=civil-society&country=KEN&limit=500")
        .expect(200).items().stream().map(JsonObject.class::cast)
        .filter(o -> organization.equals(o.getString("id"))).findFirst().orElseThrow();
    assertTrue(listed.getBoolean("ecosocStatus"));
  }

  /** An organization the Secretariat registered and a State objected to, so that its own delegate may apply. */
  private String objectedOrganization() {
    JsonObject first = accrediting.register(false);
    accrediting.object("delegate-rus", first.getString("id"), null).expect(201);
    assertEquals("objected", accrediting.close(first.getString("id")).getString("status"));
    return first.getJsonObject("organization").getString("id");
  }

  @Test
  @DisplayName("Who may apply: stakeholders' delegates for their own organization; bad input says what is wrong")
  void whoMayApply() {
    JsonObject request = Accrediting.request("Some Organization", false);
    String detail = api.as("delegate-fra").post("/accreditations", request).expectProblem(403);
    assertTrue(detail.contains("stakeholders"), detail);
    api.as("ps-contoso").post("/accreditations", request.copy().put("kind", "private-sector")).expectProblem(409);
    api.as("ps-contoso").post("/accreditations", request.copy().put("organizationId", "another-one")).expectProblem(403);
    detail = api.as("secretariat").post("/accreditations", request.copy().put("country", "XYZ")).expectProblem(400);
    assertTrue(detail.contains("XYZ"), detail);
    detail = api.as("secretariat").post("/accreditations", request.copy().put("colour", "blue")).expectProblem(400);
    assertTrue(detail.contains("colour"), detail);
    api.as("secretariat").post("/accreditations", request.copy().put("organizationId", "FRA")).expectProblem(400);
    api.as("secretariat").post("/accreditations", request.copy().put("organizationId", "open-networks-alliance"))
        .expectProblem(409);
  }

  @Test
  @DisplayName("The Secretariat registers a stakeholder under an id made from its name, with a window of its choosing")
  void secretariatRegisters() {
    String name = "Cyber Peace Collective " + System.nanoTime();
    JsonObject application = api.as("secretariat").post("/accreditations",
        Accrediting.request(name, false).put("windowDays", 5)).expect(201).json();
    assertTrue(application.getJsonObject("organization").getString("id").startsWith("cyber-peace-collective-"));
    long minutes = Duration.between(Instant.parse(application.getString("appliedAt")),
        Instant.parse(application.getString("windowClosesAt"))).toMinutes();
    assertTrue(Math.abs(minutes - 5 * 24 * 60) < 5, "a 5-day window, not " + minutes + " minutes");
    JsonObject secretariatView = api.as("secretariat").get("/accreditations/" + application.getString("id")).expect(200).json();
    assertTrue(secretariatView.getJsonArray("objections").isEmpty());
  }
}
