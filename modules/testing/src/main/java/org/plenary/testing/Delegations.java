package org.plenary.testing;

import io.vertx.core.json.JsonObject;

/**
 * Delegates of any State, beyond the demo personas: access tokens signed with the dev issuer's own key,
 * so the server treats them exactly as it treats a persona's.
 */
public final class Delegations {

  private final Api api;
  private final TokenForge issuer;
  private final String issuerUrl;

  public Delegations(TestServer.Running server) throws Exception {
    this.api = new Api(server.baseUrl());
    this.issuer = TokenForge.devIssuer(server);
    this.issuerUrl = server.baseUrl() + "/dev-idp";
  }

  /** The API as the delegate of {@code organization} (an ISO alpha-3 code or an organization id). */
  public Api delegateOf(String organization) {
    JsonObject claims = TokenForge.delegateClaims(issuerUrl, "test-delegate-" + organization)
        .put("organization", organization).put("preferred_username", "delegate-" + organization.toLowerCase())
        .put("name", "Delegate of " + organization);
    return api.withToken(issuer.sign(claims));
  }
}
