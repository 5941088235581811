package org.plenary.server.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Accrediting;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

/**
 * The Russian Federation objects to a stakeholder's application, with a reason. Which State objects, and why,
 * is for States and the Secretariat; the Chair and moderators follow the application without it; the
 * applicant, other stakeholders, intergovernmental organizations and the public learn no more than the
 * public list says.
 */
@PlenaryTest
@DisplayName("Who sees objections to an accreditation: States and the Secretariat, and nobody else")
class ObjectorsTest {

  private static final String REASON = "The organization is not independent of foreign governments.";

  private final Api api = TestServer.api();
  private final Accrediting accrediting = new Accrediting(api);
  private String application;
  private String organization;

  @BeforeEach
  void russiaObjects() {
    JsonObject registered = accrediting.register(false);
    application = registered.getString("id");
    organization = registered.getJsonObject("organization").getString("id");
    JsonObject answer = accrediting.object("delegate-rus", application, REASON).expect(201).json();
    assertEquals("RUS", answer.getJsonArray("objections").getJsonObject(0).getJsonObject("state").getString("id"),
        "the objecting State sees its own objection in the answer");
  }

  @Test
  @DisplayName("State delegates and members see the Russian Federation's objection and its reason")
  void statesSeeTheObjector() {
    for (String persona : List.of("delegate-fra", "member-fra", "delegate-mwi")) {
      JsonObject seen = api.as(persona).get("/accreditations/" + application).expect(200).json();
      JsonObject objection = seen.getJsonArray("objections").getJsonObject(0);
      assertEquals("RUS", objection.getJsonObject("state").getString("id"), persona);
      assertEquals(REASON, objection.getString("reason"), persona);
      assertTrue(listed(persona).getJsonArray("objections").size() == 1, persona + " in the list too");
    }
  }

  @Test
  @DisplayName("The Secretariat sees the objector in the application and in the whole audit entry")
  void secretariatSeesTheObjector() {
    JsonObject seen = api.as("secretariat").get("/accreditations/" + application).expect(200).json();
    assertEquals("RUS", seen.getJsonArray("objections").getJsonObject(0).getJsonObject("state").getString("id"));
    JsonObject entry = objectionAudit("secretariat");
    assertEquals("RUS", entry.getJsonObject("details").getString("state"));
    assertEquals("RUS", entry.getJsonObject("actor").getString("organization"));
    assertEquals(REASON, entry.getString("reason"));
    assertNull(entry.getValue("withheld"));
  }

  @Test
  @DisplayName("The Secretariat is notified of each objection, with the objecting State and the organization; moderators are not")
  void secretariatIsNotified() throws InterruptedException {
    api.as("secretariat").get("/me").expect(200);
    api.as("moderator").get("/me").expect(200);
    JsonObject registered = accrediting.register(false);
    String another = registered.getString("id");
    String applicant = registered.getJsonObject("organization").getString("id");
    accrediting.object("delegate-rus", another, REASON).expect(201);

    JsonObject details = objectionNotified("secretariat", another).getJsonObject("details");
    assertEquals("RUS", details.getString("stateId"));
    assertEquals(applicant, details.getString("organizationId"));
    assertFalse(details.encode().contains(REASON), "the reason stays in the application: " + details.encode());
    assertFalse(api.as("moderator").get("/me/notifications?limit=100").expect(200).body().contains(another),
        "a moderator is not told of objections");
  }

  /** The Secretariat's notification of an objection to this application, once the event has been consumed. */
  private JsonObject objectionNotified(String persona, String applicationId) throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      JsonObject found = api.as(persona).get("/me/notifications?limit=100").expect(200).items().stream()
          .map(JsonObject.class::cast).filter(n -> "objection-raised".equals(n.getString("reason"))
              && applicationId.equals(n.getJsonObject("details").getString("applicationId")))
          .findFirst().orElse(null);
      if (found != null) {
        return found;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(persona + " was never told of the objection to " + applicationId);
  }

  @Test
  @DisplayName("The Chair and moderators follow the application, pending, with no objector in it; they ask the Secretariat")
  void chairAndModeratorsDoNot() {
    for (String persona : List.of("chair", "moderator")) {
      JsonObject seen = api.as(persona).get("/accreditations/" + application).expect(200).json();
      assertEquals("pending", seen.getString("status"), persona);
      assertFalse(seen.containsKey("objections"), persona + " sees objections: " + seen.encode());
      assertFalse(listed(persona).containsKey("objections"), persona + " in the list");
      assertEquals("pending", api.as(persona).get("/organizations/" + organization).expect(200).json()
          .getString("accreditation"));
      assertNoObjector(api.as(persona).get("/accreditations?organizationId=" + organization).expect(200).body(), persona);
    }
  }

  @Test
  @DisplayName("A moderator reading the audit log sees that an objection was raised, not by whom or why")
  void auditLogWithholdsTheObjector() {
    JsonObject entry = objectionAudit("moderator");
    assertEquals(true, entry.getBoolean("withheld"));
    assertFalse(entry.containsKey("actor"));
    assertFalse(entry.containsKey("reason"));
    assertTrue(entry.getJsonObject("details").isEmpty());
    assertNoObjector(api.as("moderator").get("/audit?subjectId=" + organization).expect(200).body(), "moderator");
  }

  @Test
  @DisplayName("The applicant sees its application pending, then objected, never which State objected, nor in its notifications")
  void applicantDoesNot() throws Exception {
    JsonObject registered = accrediting.register(false);
    application = registered.getString("id");
    organization = registered.getJsonObject("organization").getString("id");
    Api applicant = Accrediting.delegateOf(TestServer.running(), organization);
    applicant.get("/me").expect(200);
    accrediting.object("delegate-rus", application, REASON).expect(201);

    JsonObject own = applicant.get("/accreditations/" + application).expect(200).json();
    assertFalse(own.containsKey("objections"));
    assertEquals("pending", applicant.get("/organizations/" + organization).expect(200).json().getString("accreditation"));

    accrediting.close(application);
    assertEquals("objected", applicant.get("/accreditations/" + application).expect(200).json().getString("status"));
    assertNoObjector(applicant.get("/accreditations").expect(200).body(), "the applicant");
    JsonArray notifications = decisionNotified(applicant);
    assertNoObjector(notifications.encode(), "the applicant's notifications");
    assertTrue(notifications.stream().map(JsonObject.class::cast).noneMatch(n -> n.getString("type").contains("objection")),
        "not even told that a State objected, while the window was open: " + notifications.encode());
    assertEquals("objected", applicant.get("/organizations/" + organization).expect(200).json().getString("accreditation"));
  }

  @Test
  @DisplayName("Other stakeholders, intergovernmental organizations and the public: no application, and the organization page says no more than the public list")
  void everybodyElseSeesThePublicList() {
    accrediting.close(application);
    for (Api reader : List.of(api.as("cs-opennet"), api.as("delegate-eu"), api.anonymous())) {
      JsonObject page = reader.get("/organizations/" + organization).expect(200).json();
      assertFalse(page.containsKey("accreditation"), "objected shown: " + page.encode());
      JsonObject inDirectory = reader.get("/organizations?kind=civil-society&limit=500").expect(200).items().stream()
          .map(JsonObject.class::cast).filter(o -> organization.equals(o.getString("id"))).findFirst().orElseThrow();
      assertFalse(inDirectory.containsKey("accreditation"), inDirectory.encode());
      assertFalse(reader.get("/accredited-organizations?limit=500").body().contains(organization));
    }
    api.as("cs-opennet").get("/accreditations/" + application).expectProblem(404);
    api.as("delegate-eu").get("/accreditations/" + application).expectProblem(404);
    assertFalse(api.as("delegate-eu").get("/accreditations?limit=500").body().contains(application));
    api.anonymous().get("/accreditations/" + application).expectProblem(401);
    assertEquals("accredited", api.anonymous().get("/organizations/open-networks-alliance").expect(200).json()
        .getString("accreditation"), "an accreditation is public");
  }

  @Test
  @DisplayName("A withdrawn accreditation is no longer on the public list, and the public page no longer says accredited, nor withdrawn")
  void withdrawalIsNotPublished() {
    JsonObject registered = accrediting.register(true);
    String accredited = registered.getJsonObject("organization").getString("id");
    assertEquals("accredited", api.anonymous().get("/organizations/" + accredited).expect(200).json().getString("accreditation"));
    api.as("secretariat").post("/accredited-organizations/" + accredited + "/withdrawal",
        new JsonObject().put("reason", "Breach of the code of conduct.")).expect(200);

    assertFalse(api.anonymous().get("/organizations/" + accredited).expect(200).json().containsKey("accreditation"));
    assertEquals("withdrawn", api.as("delegate-fra").get("/organizations/" + accredited).expect(200).json()
        .getString("accreditation"));
  }

  /** The applicant's notifications once the decision has reached them (events are notified in commit order). */
  private static JsonArray decisionNotified(Api applicant) throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      JsonArray items = applicant.get("/me/notifications?limit=100").expect(200).items();
      if (items.stream().map(JsonObject.class::cast).anyMatch(n -> "accreditation.decided".equals(n.getString("type")))) {
        return items;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the applicant was never told of the decision");
  }

  private JsonObject listed(String persona) {
    JsonArray items = api.as(persona).get("/accreditations?organizationId=" + organization).expect(200).items();
    return items.stream().map(JsonObject.class::cast).filter(a -> application.equals(a.getString("id"))).findFirst()
        .orElseThrow(() -> new AssertionError(persona + " does not find the application"));
  }

  private JsonObject objectionAudit(String persona) {
    return api.as(persona).get("/audit?action=accreditation.objection-raised&subjectId=" + organization).expect(200)
        .items().getJsonObject(0);
  }

  private static void assertNoObjector(String body, String reader) {
    for (String named : List.of("RUS", "Russia", REASON)) {
      assertFalse(body.contains(named), reader + " is told '" + named + "': " + body);
    }
  }
}
