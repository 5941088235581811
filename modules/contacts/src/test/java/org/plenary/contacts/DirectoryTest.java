package org.plenary.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The Points of Contact directory: States nominate, States read, nobody else knows it is there")
class DirectoryTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("France nominates two points of contact; States' delegates, moderators and the Secretariat read them;"
      + " cs-opennet, the anonymous and France's member get 404 until France lets its members read")
  void franceNominatesTwo() {
    Api fra = api.as("delegate-fra");
    int base = fra.get("/contacts/FRA").expect(200).json().getInteger("version");
    int audited = ContactFixtures.audited("contact-entry", "FRA");
    JsonObject saved = fra.put("/contacts/FRA", ContactFixtures.save(base, false,
        ContactFixtures.contact("diplomatic", "Claire Dubois", "claire.dubois@diplomatie.example"),
        ContactFixtures.contact("technical", "ANSSI duty officer", "cert@anssi.example"))).expect(200).json();
    assertEquals(base + 1, saved.getInteger("version"));
    assertEquals(2, saved.getJsonArray("contacts").size());
    assertEquals("Camille Laurent", saved.getString("savedBy"));
    assertTrue(saved.getBoolean("mayEdit"));

    JsonObject france = api.as("delegate-bra").get("/contacts").expect(200).items().stream()
        .map(JsonObject.class::cast).filter(e -> e.getString("stateId").equals("FRA")).findFirst().orElseThrow();
    assertEquals("Claire Dubois", france.getJsonArray("contacts").getJsonObject(0).getString("name"));
    assertEquals("western-european-others", france.getString("regionalGroup"));
    assertFalse(france.getBoolean("mayEdit"), "Brazil does not edit France's entry");
    api.as("moderator").get("/contacts/FRA").expect(200);
    api.as("secretariat").get("/contacts").expect(200);

    Response stakeholder = api.as("cs-opennet").get("/contacts");
    stakeholder.expectProblem(404);
    assertEquals("/problems/directory-states-only", stakeholder.json().getString("type"));
    api.as("cs-opennet").get("/contacts/FRA").expectProblem(404);
    String french = api.as("cs-opennet").withHeader("Accept-Language", "fr").get("/contacts").expectProblem(404);
    assertTrue(french.contains("répertoire des points de contact"), french);
    api.anonymous().get("/contacts").expectProblem(404);
    api.as("delegate-eu").get("/contacts/FRA").expectProblem(404);
    api.as("member-fra").get("/contacts/FRA").expectProblem(404);

    fra.put("/contacts/FRA", ContactFixtures.save(base + 1, true,
        ContactFixtures.contact("diplomatic", "Claire Dubois", "claire.dubois@diplomatie.example"),
        ContactFixtures.contact("technical", "ANSSI duty officer", "cert@anssi.example"))).expect(200);
    assertEquals(2, api.as("member-fra").get("/contacts/FRA").expect(200).json().getJsonArray("contacts").size());
    api.as("member-fra").get("/contacts").expectProblem(404);
    api.as("member-fra").get("/contacts/BRA").expectProblem(404);
    assertEquals(audited + 2, ContactFixtures.audited("contact-entry", "FRA"), "each version audited");
    var versions = fra.get("/contacts/FRA/versions").expect(200).items();
    assertEquals(base + 2, versions.getJsonObject(0).getInteger("version"), "newest first, history kept");
    assertFalse(versions.getJsonObject(1).getBoolean("membersMayRead"));
  }

  @Test
  @DisplayName("Brazil's delegate editing France's contacts, or a stakeholder any: 403; France's entry unchanged")
  void anotherStatesEdit() {
    int before = api.as("delegate-fra").get("/contacts/FRA").expect(200).json().getInteger("version");
    Response refused = api.as("delegate-bra").put("/contacts/FRA", ContactFixtures.save(before, false,
        ContactFixtures.contact("technical", "Impostor", "x@bra.example")));
    String detail = refused.expectProblem(403);
    assertEquals("/problems/own-contacts-only", refused.json().getString("type"));
    assertTrue(detail.contains("BRA") && detail.contains("FRA"), detail);
    Response stakeholder = api.as("cs-opennet").put("/contacts/FRA", ContactFixtures.save(before, false,
        ContactFixtures.contact("technical", "Impostor", "x@ona.example")));
    stakeholder.expectProblem(403);
    assertEquals("/problems/state-delegates-nominate", stakeholder.json().getString("type"));
    api.as("member-fra").put("/contacts/FRA", ContactFixtures.save(before, false,
        ContactFixtures.contact("technical", "Member", "m@fra.example"))).expectProblem(403);
    api.anonymous().put("/contacts/FRA", ContactFixtures.save(before, false,
        ContactFixtures.contact("technical", "Nobody", "n@fra.example"))).expectProblem(401);
    assertEquals(before, api.as("delegate-fra").get("/contacts/FRA").expect(200).json().getInteger("version"));
  }

  @Test
  @DisplayName("A stale save: 409 with the newer entry in the problem, nothing of the stale change saved; bad e-mail 400")
  void staleSave() {
    Api est = api.as("delegate-est");
    int base = est.get("/contacts/EST").expect(200).json().getInteger("version");
    est.put("/contacts/EST", ContactFixtures.save(base, false,
        ContactFixtures.contact("technical", "CERT-EE", "cert@ria.example"))).expect(200);
    Response stale = est.put("/contacts/EST", ContactFixtures.save(base, false,
        ContactFixtures.contact("technical", "Stale", "stale@ria.example")));
    String detail = stale.expectProblem(409);
    assertTrue(detail.contains("version " + (base + 1)), detail);
    assertEquals("/problems/stale-contacts-version", stale.json().getString("type"));
    assertEquals("CERT-EE", stale.json().getJsonObject("latestVersion").getJsonArray("contacts").getJsonObject(0)
        .getString("name"));
    est.put("/contacts/EST", ContactFixtures.save(base + 5, false,
        ContactFixtures.contact("technical", "Ahead", "a@ria.example"))).expectProblem(409);
    est.put("/contacts/EST", ContactFixtures.save(base + 1, false,
        ContactFixtures.contact("technical", "No mail", "not-an-address"))).expectProblem(400);
    assertEquals("CERT-EE", est.get("/contacts/EST").expect(200).json().getJsonArray("contacts").getJsonObject(0)
        .getString("name"));
  }
}
