package org.plenary.platform.identity;

import io.vertx.ext.web.RoutingContext;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Responses;

/** {@code /me}: who the token says you are, as Plenary sees it. */
public final class MeApi implements ApiModule {

  @Override
  public String openApiFragment() {
    return "openapi/me.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("getMe", this::me);
  }

  private void me(RoutingContext rc) {
    Responses.ok(rc, Caller.require(rc).toJson());
  }
}
