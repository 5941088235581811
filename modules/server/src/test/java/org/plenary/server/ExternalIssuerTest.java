package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.TestDatabase;
import org.plenary.testing.TestServer;

@DisplayName("Production mode with an independent OIDC issuer (no.nav mock-oauth2-server)")
class ExternalIssuerTest {

  private static MockOAuth2Server issuer;
  private static TestServer.Running server;
  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    issuer = new MockOAuth2Server();
    issuer.start();
    String issuerUrl = issuer.issuerUrl("plenary").toString();
    server = TestServer.start(Map.of(
        "PLENARY_ENV", "production",
        "PLENARY_OIDC_ISSUER", issuerUrl));
    api = new Api(server.baseUrl());
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    issuer.shutdown();
  }

  private static String token(String audience, Map<String, Object> claims) {
    return issuer.issueToken("plenary", "subject-" + claims.hashCode(), audience, claims, 3600).serialize();
  }

  @Test
  @DisplayName("Its tokens are accepted and mapped to a participant")
  void acceptsTokens() {
    String token = token("plenary-api", Map.of("organization", "BRA", "preferred_username", "ana",
        "realm_access", Map.of("roles", List.of("delegate"))));
    JsonObject me = api.withToken(token).get("/me").expect(200).json();
    assertEquals("BRA", me.getJsonObject("organization").getString("id"));
    assertEquals("ana", me.getString("username"));
  }

  @Test
  @DisplayName("Its tokens for another audience are refused")
  void refusesOtherAudience() {
    String token = token("another-api", Map.of("organization", "BRA", "realm_access", Map.of("roles", List.of("delegate"))));
    String detail = api.withToken(token).get("/me").expectProblem(401);
    assertTrue(detail.contains("audience"), detail);
  }

  @Test
  @DisplayName("In production the dev identity provider does not exist")
  void noDevIdentityProvider() {
    assertEquals(404, api.get("/dev-idp/.well-known/openid-configuration").status());
  }

  @Test
  @DisplayName("Production without an external issuer refuses to start, naming the variable")
  void refusesToStartWithoutIssuer() throws Exception {
    try (TestDatabase database = TestDatabase.create("plenary_refused")) {
      ExecutionException failure = assertThrows(ExecutionException.class, () -> org.plenary.runtime.PlenaryApplication
          .start(Map.of("PLENARY_ENV", "production", "PLENARY_DB_URL", database.url(),
              "PLENARY_HTTP_PORT", String.valueOf(TestServer.freePort())), new Contexts())
          .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS));
      assertTrue(failure.getCause().getMessage().contains("PLENARY_OIDC_ISSUER"), failure.getCause().getMessage());
    }
  }
}
