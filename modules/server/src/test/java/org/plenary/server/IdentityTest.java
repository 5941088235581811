package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;
import org.plenary.testing.TokenForge;

@PlenaryTest
@DisplayName("Identity: bearer tokens are verified and mapped to participants")
class IdentityTest {

  private static Api api;
  private static TokenForge devIssuer;
  private static String issuer;

  @BeforeAll
  static void setUp() throws Exception {
    api = TestServer.api();
    devIssuer = TokenForge.devIssuer(TestServer.running());
    issuer = api.baseUrl() + "/dev-idp";
  }

  @Test
  @DisplayName("delegate-fra's token says France, delegate")
  void delegateOfFrance() {
    JsonObject me = api.as("delegate-fra").get("/me").expect(200).json();
    assertEquals("delegate-fra", me.getString("username"));
    assertEquals("FRA", me.getJsonObject("organization").getString("id"));
    assertEquals("France", me.getJsonObject("organization").getString("name"));
    assertEquals(new JsonArray().add("delegate"), me.getJsonArray("roles"));
  }

  @Test
  @DisplayName("A newcomer has no language yet, so the interface follows the browser until they choose")
  void noLanguageUntilChosen() {
    JsonObject claims = TokenForge.delegateClaims(issuer, "newcomer-" + UUID.randomUUID());
    JsonObject preferences = api.withToken(devIssuer.sign(claims)).get("/me/preferences").expect(200).json();
    assertTrue(preferences.containsKey("language") && preferences.getValue("language") == null, preferences.encode());
  }

  @Test
  @DisplayName("Without a token, /me is a 401 problem")
  void anonymous() {
    String detail = api.anonymous().get("/me").expectProblem(401);
    assertTrue(detail.contains("Sign in"), detail);
  }

  @Test
  @DisplayName("One byte of the signature changed: 401")
  void tamperedSignature() {
    String token = api.passwordGrant("delegate-fra");
    String[] parts = token.split("\\.");
    byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
    signature[signature.length / 2] ^= 0x01;
    String tampered = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    String detail = api.withToken(tampered).get("/me").expectProblem(401);
    assertTrue(detail.contains("signature"), detail);
  }

  @Test
  @DisplayName("A token signed by another key is refused, even under the issuer's key id")
  void anotherKey() throws Exception {
    String token = TokenForge.stranger(devIssuer.kid()).sign(TokenForge.delegateClaims(issuer, "stranger"));
    String detail = api.withToken(token).get("/me").expectProblem(401);
    assertTrue(detail.contains("signature"), detail);
  }

  @Test
  @DisplayName("An expired token is refused")
  void expired() {
    JsonObject claims = TokenForge.delegateClaims(issuer, "expired").put("exp", System.currentTimeMillis() / 1000 - 600);
    String detail = api.withToken(devIssuer.sign(claims)).get("/me").expectProblem(401);
    assertTrue(detail.contains("expired"), detail);
  }

  @Test
  @DisplayName("A token without an expiry is refused, however well signed: 401 saying it must expire")
  void noExpiry() {
    JsonObject claims = TokenForge.delegateClaims(issuer, "never-expires");
    claims.remove("exp");
    String detail = api.withToken(devIssuer.sign(claims)).get("/me").expectProblem(401);
    assertTrue(detail.contains("no expiry ('exp')"), detail);
  }

  @Test
  @DisplayName("A token whose expiry is not a time, or that is not valid yet, is refused saying so")
  void malformedOrFutureTimes() {
    JsonObject words = TokenForge.delegateClaims(issuer, "expiry-in-words").put("exp", "next year");
    String detail = api.withToken(devIssuer.sign(words)).get("/me").expectProblem(401);
    assertTrue(detail.contains("'exp' is not a time"), detail);

    JsonObject notYet = TokenForge.delegateClaims(issuer, "not-yet-valid")
        .put("nbf", System.currentTimeMillis() / 1000 + 3600);
    detail = api.withToken(devIssuer.sign(notYet)).get("/me").expectProblem(401);
    assertTrue(detail.contains("not valid before"), detail);
  }

  @Test
  @DisplayName("A token from another issuer is refused")
  void wrongIssuer() {
    JsonObject claims = TokenForge.delegateClaims("https://evil.example/realms/plenary", "wrong-issuer");
    String detail = api.withToken(devIssuer.sign(claims)).get("/me").expectProblem(401);
    assertTrue(detail.contains("issued by"), detail);
  }

  @Test
  @DisplayName("A token for another audience is refused")
  void wrongAudience() {
    JsonObject claims = TokenForge.delegateClaims(issuer, "wrong-audience").put("aud", "some-other-api");
    String detail = api.withToken(devIssuer.sign(claims)).get("/me").expectProblem(401);
    assertTrue(detail.contains("audience"), detail);
  }

  @Test
  @DisplayName("A token without any audience is refused")
  void noAudience() {
    JsonObject claims = TokenForge.delegateClaims(issuer, "no-audience");
    claims.remove("aud");
    api.withToken(devIssuer.sign(claims)).get("/me").expectProblem(401);
  }

  @Test
  @DisplayName("A list audience that includes plenary-api is accepted (Keycloak's shape)")
  void listAudience() {
    JsonObject claims = TokenForge.delegateClaims(issuer, "list-audience")
        .put("aud", new JsonArray().add("plenary-api").add("account"));
    api.withToken(devIssuer.sign(claims)).get("/me").expect(200);
  }

  @Test
  @DisplayName("An organization that is not in the registry: 403 naming it")
  void unknownOrganization() {
    JsonObject claims = TokenForge.delegateClaims(issuer, "unknown-org").put("organization", "ATLANTIS");
    String detail = api.withToken(devIssuer.sign(claims)).get("/me").expectProblem(403);
    assertTrue(detail.contains("ATLANTIS"), detail);
  }

  @Test
  @DisplayName("A token with none of Plenary's roles: 403")
  void noRoles() {
    JsonObject claims = TokenForge.delegateClaims(issuer, "no-roles")
        .put("realm_access", new JsonObject().put("roles", new JsonArray().add("offline_access")));
    String detail = api.withToken(devIssuer.sign(claims)).get("/me").expectProblem(403);
    assertTrue(detail.contains("roles"), detail);
  }

  @Test
  @DisplayName("A new subject becomes a participant; a change of roles is in the audit log")
  void registrationAndRoleChangeAreAudited() {
    String subject = "audited-" + UUID.randomUUID();
    JsonObject claims = TokenForge.delegateClaims(issuer, subject);
    String id = api.withToken(devIssuer.sign(claims)).get("/me").expect(200).json().getString("id");
    claims.put("realm_access", new JsonObject().put("roles", new JsonArray().add("member")));
    JsonObject asMember = api.withToken(devIssuer.sign(claims)).get("/me").expect(200).json();
    assertEquals(id, asMember.getString("id"), "the same subject stays the same participant");

    JsonArray entries = api.as("secretariat").get("/audit?subjectType=participant&subjectId=" + id).expect(200).items();
    assertEquals("participant.roles-changed", entries.getJsonObject(0).getString("action"));
    assertEquals(new JsonArray().add("member"), entries.getJsonObject(0).getJsonObject("details").getJsonArray("rolesAfter"));
    assertEquals("participant.registered", entries.getJsonObject(1).getString("action"));
  }

  @Test
  @DisplayName("Only moderators and the Secretariat read the audit log")
  void auditLogIsRestricted() {
    api.as("delegate-fra").get("/audit").expectProblem(403);
    api.as("moderator").get("/audit").expect(200);
  }
}
