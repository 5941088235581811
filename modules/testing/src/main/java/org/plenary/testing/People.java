package org.plenary.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;

/**
 * People of their own for tests that change someone's rights (an accreditation withdrawn, a role taken
 * away), so that the demo personas other tests rely on stay as they are.
 */
public final class People {

  private People() {
  }

  /**
   * A client on {@code api}'s server signed in as {@code subject} of {@code organizationId} in {@code roles},
   * with a token of the shared test server's dev issuer, as a real sign-in gives.
   */
  public static Api signedIn(Api api, String subject, String organizationId, String... roles) throws Exception {
    TestServer.Running issuer = TestServer.running();
    JsonObject claims = TokenForge.delegateClaims(issuer.baseUrl() + "/dev-idp", subject)
        .put("organization", organizationId).put("name", "Person " + subject)
        .put("realm_access", new JsonObject().put("roles", new JsonArray(List.of((Object[]) roles))));
    return api.withToken(TokenForge.devIssuer(issuer).sign(claims));
  }

  /** A new civil-society organization with ECOSOC status, so accredited on notification; returns its id. */
  public static String accreditedStakeholder(Api api) {
    String id = "org-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject application = api.as("secretariat").post("/accreditations", new JsonObject().put("organizationId", id)
            .put("name", "Organization " + id).put("kind", "civil-society").put("country", "KEN")
            .put("website", "https://example.org/" + id)
            .put("purpose", "Research and advocacy on the security of ICTs and human rights online.")
            .put("ecosocStatus", true))
        .expect(201).json();
    if (!"accredited".equals(application.getString("status"))) {
      throw new AssertionError("not accredited on notification: " + application.encode());
    }
    return id;
  }
}
