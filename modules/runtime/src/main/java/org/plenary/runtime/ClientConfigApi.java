package org.plenary.runtime;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.plenary.platform.config.PlenaryConfig;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Responses;

/** {@code /client-config}: what the web application needs to sign people in against this server's issuer. */
final class ClientConfigApi implements ApiModule {

  private final JsonObject body;

  ClientConfigApi(PlenaryConfig config) {
    this.body = new JsonObject()
        .put("oidc", new JsonObject()
            .put("issuer", config.effectiveIssuer())
            .put("clientId", config.oidcClientId())
            .put("scope", "openid profile"))
        .put("languages", new JsonArray().add("ar").add("zh").add("en").add("fr").add("ru").add("es"))
        .put("environment", config.environment().name().toLowerCase());
  }

  @Override
  public String openApiFragment() {
    return "openapi/client-config.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("getClientConfig", rc -> Responses.ok(rc, body));
  }
}
