package org.plenary.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.ServerDatabase;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Written inputs of stakeholders: submitted by the accredited, published or returned by the Secretariat")
class WrittenInputsTest {

  private final Api api = TestServer.api();
  private final DocumentFixtures fixtures = new DocumentFixtures(api);

  @Test
  @DisplayName("Acceptance: Contoso's written input to agenda item 2 is published and joins the public list of the session")
  void stakeholderInputPublished() {
    JsonObject session = fixtures.session("substantive", 3);
    String sessionId = session.getString("id");
    JsonObject submitted = fixtures.submit("ps-contoso", DocumentFixtures.input(sessionId, "Supply-chain security")
        .put("agendaItemId", DocumentFixtures.agendaItem(session, 1))).expect(201).json();
    assertEquals("submitted", submitted.getString("status"));
    assertEquals("contoso-security", submitted.getJsonObject("organization").getString("id"));
    assertEquals("2", submitted.getJsonObject("agendaItem").getString("number"));
    String id = submitted.getString("id");
    String publicList = "/written-inputs?session=" + sessionId;
    assertEquals(List.of(), titles(api.anonymous(), publicList), "not public before it is published");
    assertEquals(404, api.anonymous().get("/written-inputs/" + id).status());
    assertEquals(404, api.as("cs-opennet").get("/written-inputs/" + id).status(), "nor to other stakeholders");
    assertEquals(List.of("Supply-chain security"), titles(api.as("secretariat"), publicList + "&status=submitted"));

    assertEquals("/problems/inputs-reviewed-by-secretariat", DocumentFixtures.problem(api.as("delegate-fra")
        .post("/written-inputs/" + id + "/publication"), 403).getString("type"));
    JsonObject published = api.as("secretariat").post("/written-inputs/" + id + "/publication").expect(200).json();
    assertEquals("published", published.getString("status"));
    assertEquals(List.of("Supply-chain security"), titles(api.anonymous(), publicList));
    assertEquals(session.getString("title"), api.anonymous().get("/written-inputs/" + id).expect(200).json()
        .getString("sessionTitle"));
    assertEquals(409, api.as("secretariat").post("/written-inputs/" + id + "/publication").status(), "once");
    assertEquals(List.of("input.submitted", "input.published", "input.published"),
        ServerDatabase.about("inputId", id).stream().map(ServerDatabase.Event::type).toList());
    assertFalse(api.as("secretariat").get("/audit?subjectType=written-input&subjectId=" + id).expect(200).items()
        .isEmpty());
  }

  @Test
  @DisplayName("Returned with a reason: the submitter sees the reason, changes the input and submits it again")
  void returnedAndResubmitted() {
    String sessionId = fixtures.session("intersessional", 1).getString("id");
    String id = fixtures.submit("ac-institute", DocumentFixtures.input(sessionId, "Draft title")).expect(201).json()
        .getString("id");
    assertEquals(400, api.as("secretariat").post("/written-inputs/" + id + "/return", new JsonObject()).status());
    JsonObject returned = api.as("secretariat").post("/written-inputs/" + id + "/return",
        new JsonObject().put("reason", "Please keep to 1,000 words.")).expect(200).json();
    assertEquals("returned", returned.getString("status"));
    JsonObject seen = api.as("ac-institute").get("/written-inputs/" + id).expect(200).json();
    assertEquals("Please keep to 1,000 words.", seen.getString("returnReason"));
    assertEquals(409, api.as("secretariat").post("/written-inputs/" + id + "/publication").status(),
        "a returned input is not published until resubmitted");
    assertEquals(404, api.as("ps-contoso").put("/written-inputs/" + id, change()).status(),
        "another organization is not told of it");
    JsonObject again = api.as("ac-institute").put("/written-inputs/" + id, change()).expect(200).json();
    assertEquals("submitted", again.getString("status"));
    assertEquals(2, again.getInteger("submissions"));
    assertEquals("A shorter input", again.getString("title"));
    assertEquals(null, again.getString("returnReason"));
    api.as("secretariat").post("/written-inputs/" + id + "/publication").expect(200);
    assertEquals(409, api.as("ac-institute").put("/written-inputs/" + id, change()).status(), "published stays");
  }

  @Test
  @DisplayName("Refused: a pending stakeholder (403), a State (403), for another organization (403), a concluded session (409), an item of another session (400)")
  void refusals() {
    JsonObject session = fixtures.session("substantive", 2);
    String sessionId = session.getString("id");
    JsonObject input = DocumentFixtures.input(sessionId, "Views");
    assertEquals("/problems/not-accredited", DocumentFixtures.problem(fixtures.submit("cs-pending", input), 403).getString("type"));
    assertEquals("/problems/written-inputs-by-stakeholders", DocumentFixtures.problem(fixtures.submit("delegate-fra", input)
        , 403).getString("type"));
    assertEquals("/problems/own-organization-only", DocumentFixtures.problem(fixtures.submit("ps-contoso", input.copy()
        .put("organizationId", "open-networks-alliance")), 403).getString("type"));
    assertEquals("/problems/inputs-reviewed-by-secretariat", DocumentFixtures.problem(api.as("ps-contoso").post("/written-inputs/"
        + fixtures.submit("ps-contoso", input).expect(201).json().getString("id") + "/publication"), 403).getString("type"));
    JsonObject other = fixtures.session("organizational", 1);
    assertEquals("/problems/agenda-item-not-of-session", DocumentFixtures.problem(fixtures.submit("ps-contoso", input.copy()
        .put("agendaItemId", DocumentFixtures.agendaItem(other, 0))), 400).getString("type"));
    DocumentFixtures.conclude(sessionId);
    JsonObject problem = DocumentFixtures.problem(fixtures.submit("cs-opennet", input), 409);
    assertEquals("/problems/session-concluded", problem.getString("type"));
    assertTrue(problem.getString("detail").contains(session.getString("title")), problem.getString("detail"));
  }

  @Test
  @DisplayName("A written input's file: attached by its organization, downloaded once published, kept as published")
  void inputWithAFile() {
    String sessionId = fixtures.session("substantive", 1).getString("id");
    String id = fixtures.submit("cs-opennet", DocumentFixtures.input(sessionId, "Views with an annex")).expect(201)
        .json().getString("id");
    byte[] annex = org.plenary.testing.SampleFiles.odt("Annex: human-rights impact assessments");
    assertEquals(404, api.as("ps-contoso").upload("/written-inputs/" + id + "/file",
        org.plenary.testing.SampleFiles.ODT, "annex.odt", annex).status(), "not another organization's");
    JsonObject attached = api.as("cs-opennet").upload("/written-inputs/" + id + "/file",
        org.plenary.testing.SampleFiles.ODT, "annex.odt", annex).expect(200).json();
    assertEquals("annex.odt", attached.getJsonObject("file").getString("filename"));
    assertEquals(404, api.anonymous().download("/written-inputs/" + id + "/file").status(), "not yet published");
    api.as("secretariat").post("/written-inputs/" + id + "/publication").expect(200);
    assertEquals(200, api.anonymous().download("/written-inputs/" + id + "/file").status());
    assertEquals(409, api.as("cs-opennet").upload("/written-inputs/" + id + "/file",
        org.plenary.testing.SampleFiles.ODT, "annex2.odt", annex).status());
  }

  @Test
  @DisplayName("A session held for States only takes no written input of stakeholders (403), and nothing is written")
  void statesOnlySession() {
    String sessionId = fixtures.session("thematic-group", 1, "states").getString("id");
    assertEquals("/problems/session-closed-to-stakeholders", DocumentFixtures.problem(
        fixtures.submit("ps-contoso", DocumentFixtures.input(sessionId, "Views on a closed meeting")), 403)
        .getString("type"));
    assertEquals(List.of(), titles(api.as("secretariat"), "/written-inputs?session=" + sessionId + "&status=submitted"));
  }

  private static JsonObject change() {
    return new JsonObject().put("title", "A shorter input").put("text", "Fewer words, the same views.")
        .put("language", "en");
  }

  private static List<String> titles(Api reader, String path) {
    return reader.get(path).expect(200).items().stream().map(i -> ((JsonObject) i).getString("title")).toList();
  }
}
