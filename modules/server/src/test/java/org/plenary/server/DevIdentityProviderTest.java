package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The dev identity provider: discovery, persona picker, authorization code with PKCE, password grant")
class DevIdentityProviderTest {

  private final Api api = TestServer.api();
  private final String verifier = "a-long-random-code-verifier-of-the-web-application-0123456789";

  @Test
  @DisplayName("Discovery names the issuer, its keys and PKCE S256")
  void discovery() {
    JsonObject document = api.get("/dev-idp/.well-known/openid-configuration").expect(200).json();
    assertEquals(api.baseUrl() + "/dev-idp", document.getString("issuer"));
    assertTrue(document.getJsonArray("code_challenge_methods_supported").contains("S256"));
    assertEquals(1, api.get("/dev-idp/jwks").expect(200).json().getJsonArray("keys").size());
  }

  @Test
  @DisplayName("A person picks a persona, the code is exchanged with the PKCE verifier, and the token works")
  void authorizationCodeWithPkce() throws Exception {
    String code = signInAs("delegate-est");
    JsonObject tokens = exchange(code, verifier).expect(200).json();
    assertTrue(tokens.containsKey("id_token"));
    JsonObject me = api.withToken(tokens.getString("access_token")).get("/me").expect(200).json();
    assertEquals("EST", me.getJsonObject("organization").getString("id"));
  }

  @Test
  @DisplayName("The persona picker lists every demo persona")
  void personaPicker() throws Exception {
    String page = api.get("/dev-idp/authorize?" + query(authorizeParameters())).expect(200).body();
    for (String persona : new String[] {"delegate-fra", "member-fra", "delegate-eu", "cs-pending", "chair"}) {
      assertTrue(page.contains("value=\"" + persona + "\""), persona);
    }
  }

  @Test
  @DisplayName("A wrong code verifier, or a code used twice, is refused")
  void pkceAndSingleUse() throws Exception {
    String code = signInAs("delegate-fra");
    assertEquals("invalid_grant", exchange(code, "not-the-verifier").expect(400).json().getString("error"));
    assertEquals("invalid_grant", exchange(code, verifier).expect(400).json().getString("error"), "a code works once");
  }

  @Test
  @DisplayName("Without PKCE, or with a foreign redirect, the sign-in request is refused")
  void refusedRequests() throws Exception {
    Map<String, String> noPkce = authorizeParameters();
    noPkce.remove("code_challenge");
    api.get("/dev-idp/authorize?" + query(noPkce)).expect(400);
    Map<String, String> foreign = authorizeParameters();
    foreign.put("redirect_uri", "https://evil.example/callback");
    api.get("/dev-idp/authorize?" + query(foreign)).expect(400);
  }

  @Test
  @DisplayName("The password grant refuses a wrong password")
  void wrongPassword() {
    api.form("/dev-idp/token", Map.of("grant_type", "password", "client_id", "plenary-web",
        "username", "delegate-fra", "password", "guess")).expect(400);
  }

  private String signInAs(String persona) throws Exception {
    Map<String, String> form = authorizeParameters();
    form.put("persona", persona);
    Response redirect = api.form("/dev-idp/authorize", form).expect(302);
    URI location = URI.create(redirect.header("Location"));
    assertTrue(location.getQuery().contains("state=xyz"), location.toString());
    return location.getQuery().replaceAll(".*code=([^&]+).*", "$1");
  }

  private Response exchange(String code, String codeVerifier) {
    return api.form("/dev-idp/token", Map.of("grant_type", "authorization_code", "client_id", "plenary-web",
        "code", code, "redirect_uri", api.baseUrl() + "/callback", "code_verifier", codeVerifier));
  }

  private Map<String, String> authorizeParameters() throws Exception {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
    Map<String, String> params = new HashMap<>();
    params.put("response_type", "code");
    params.put("client_id", "plenary-web");
    params.put("redirect_uri", api.baseUrl() + "/callback");
    params.put("scope", "openid profile");
    params.put("state", "xyz");
    params.put("nonce", "n-0S6");
    params.put("code_challenge", Base64.getUrlEncoder().withoutPadding().encodeToString(hash));
    params.put("code_challenge_method", "S256");
    return params;
  }

  private static String query(Map<String, String> params) {
    StringBuilder query = new StringBuilder();
    params.forEach((k, v) -> query.append(query.length() == 0 ? "" : "&").append(k).append('=')
        .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return query.toString();
  }
}
