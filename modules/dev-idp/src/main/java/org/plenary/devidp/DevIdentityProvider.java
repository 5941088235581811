package org.plenary.devidp;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.platform.config.PlenaryConfig;

/**
 * The development OpenID Connect issuer at {@code /dev-idp}: discovery, JWKS, authorization code with
 * PKCE behind a persona picker, and the password grant for the demo personas. Refuses to exist in
 * production.
 */
public final class DevIdentityProvider {

  public static final String MOUNT_PATH = "/dev-idp";
  private static final List<String> AUTHORIZE_PARAMETERS =
      List.of("client_id", "redirect_uri", "state", "nonce", "code_challenge", "code_challenge_method", "scope");

  private final PlenaryConfig config;
  private final String issuer;
  private final List<Persona> personas;
  private final SigningKey key;
  private final TokenMinter minter;
  private final AuthorizationCodes codes = new AuthorizationCodes();

  private DevIdentityProvider(Vertx vertx, PlenaryConfig config, SigningKey key) {
    this.config = config;
    this.issuer = config.publicUrl() + MOUNT_PATH;
    this.personas = Persona.load();
    this.key = key;
    this.minter = new TokenMinter(vertx, key, issuer, config.oidcAudience());
  }

  public static Future<DevIdentityProvider> create(Vertx vertx, PlenaryConfig config) {
    if (!config.isDev()) {
      return Future.failedFuture(new IllegalStateException("the development identity provider never runs in production"));
    }
    return vertx.executeBlocking(() -> SigningKey.loadOrCreate(config.dataDirectory().resolve("dev-idp-key.pem")))
        .map(key -> new DevIdentityProvider(vertx, config, key));
  }

  public String issuer() {
    return issuer;
  }

  /** The claims a persona's access token carries, for seeding demo content as that persona. */
  public Optional<JsonObject> claimsFor(String username) {
    return persona(username).map(p -> p.claims().put("iss", issuer));
  }

  public Router router(Vertx vertx) {
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create().setBodyLimit(16 * 1024));
    router.get("/.well-known/openid-configuration").handler(this::discovery);
    router.get("/jwks").handler(rc -> json(rc, 200, new JsonObject().put("keys", new JsonArray().add(key.publicJwk()))));
    router.get("/authorize").handler(this::loginPage);
    router.post("/authorize").handler(this::authorize);
    router.post("/token").handler(this::token);
    router.get("/userinfo").handler(this::userinfo);
    router.get("/logout").handler(this::logout);
    return router;
  }

  private void discovery(RoutingContext rc) {
    json(rc, 200, new JsonObject()
        .put("issuer", issuer)
        .put("authorization_endpoint", issuer + "/authorize")
        .put("token_endpoint", issuer + "/token")
        .put("userinfo_endpoint", issuer + "/userinfo")
        .put("end_session_endpoint", issuer + "/logout")
        .put("jwks_uri", issuer + "/jwks")
        .put("response_types_supported", new JsonArray().add("code"))
        .put("grant_types_supported", new JsonArray().add("authorization_code").add("password").add("refresh_token"))
        .put("subject_types_supported", new JsonArray().add("public"))
        .put("id_token_signing_alg_values_supported", new JsonArray().add("RS256"))
        .put("code_challenge_methods_supported", new JsonArray().add("S256"))
        .put("token_endpoint_auth_methods_supported", new JsonArray().add("none"))
        .put("scopes_supported", new JsonArray().add("openid").add("profile")));
  }

  private void loginPage(RoutingContext rc) {
    MultiMap params = rc.queryParams();
    Optional<String> problem = checkAuthorizationRequest(params);
    if (problem.isPresent()) {
      html(rc, 400, "<!doctype html><html lang=\"en\"><title>Sign-in request refused</title><main><h1>Sign-in request refused</h1><p>"
          + LoginPage.escape(problem.get()) + "</p></main></html>");
      return;
    }
    Map<String, String> hidden = new LinkedHashMap<>();
    AUTHORIZE_PARAMETERS.forEach(name -> Optional.ofNullable(params.get(name)).ifPresent(v -> hidden.put(name, v)));
    html(rc, 200, LoginPage.render(personas, hidden));
  }

  private void authorize(RoutingContext rc) {
    MultiMap form = rc.request().formAttributes();
    Optional<String> problem = checkAuthorizationRequest(form);
    Optional<Persona> persona = persona(form.get("persona"));
    if (problem.isPresent() || persona.isEmpty()) {
      html(rc, 400, "<!doctype html><html lang=\"en\"><title>Sign-in refused</title><main><h1>Sign-in refused</h1><p>"
          + LoginPage.escape(problem.orElse("Choose one of the demo personas.")) + "</p></main></html>");
      return;
    }
    String code = codes.issue(persona.get(), form.get("client_id"), form.get("redirect_uri"),
        form.get("code_challenge"), form.get("nonce"));
    String redirect = form.get("redirect_uri") + (form.get("redirect_uri").contains("?") ? "&" : "?")
        + "code=" + code + "&iss=" + urlEncode(issuer)
        + (form.get("state") == null ? "" : "&state=" + urlEncode(form.get("state")));
    rc.response().setStatusCode(302).putHeader("Location", redirect).putHeader("Cache-Control", "no-store").end();
  }

  private Optional<String> checkAuthorizationRequest(MultiMap params) {
    if (!config.oidcClientId().equals(params.get("client_id"))) {
      return Optional.of("Unknown client_id; the web application is '" + config.oidcClientId() + "'.");
    }
    if (!allowedRedirect(params.get("redirect_uri"))) {
      return Optional.of("The redirect_uri must be an address of this server or of localhost.");
    }
    if (params.get("code_challenge") == null || !"S256".equals(params.get("code_challenge_method"))) {
      return Optional.of("PKCE is required: send code_challenge with code_challenge_method=S256.");
    }
    return Optional.empty();
  }

  private boolean allowedRedirect(String uri) {
    return uri != null && (uri.startsWith(config.publicUrl() + "/")
        || uri.matches("http://(localhost|127\\.0\\.0\\.1)(:\\d+)?/.*"));
  }

  private void token(RoutingContext rc) {
    MultiMap form = rc.request().formAttributes();
    if (!config.oidcClientId().equals(form.get("client_id"))) {
      tokenError(rc, 401, "invalid_client", "unknown client_id");
      return;
    }
    switch (String.valueOf(form.get("grant_type"))) {
      case "password" -> passwordGrant(rc, form);
      case "authorization_code" -> codeGrant(rc, form);
      case "refresh_token" -> refreshGrant(rc, form);
      default -> tokenError(rc, 400, "unsupported_grant_type", "use authorization_code, password or refresh_token");
    }
  }

  private void passwordGrant(RoutingContext rc, MultiMap form) {
    Optional<Persona> persona = persona(form.get("username"));
    if (persona.isEmpty() || !Persona.PASSWORD.equals(form.get("password"))) {
      tokenError(rc, 400, "invalid_grant", "unknown persona or wrong password");
      return;
    }
    issue(rc, persona.get(), null);
  }

  private void codeGrant(RoutingContext rc, MultiMap form) {
    Optional<AuthorizationCodes.Grant> grant = codes.redeem(form.get("code"));
    if (grant.isEmpty() || !grant.get().redirectUri().equals(form.get("redirect_uri"))
        || !grant.get().clientId().equals(form.get("client_id"))) {
      tokenError(rc, 400, "invalid_grant", "the code is unknown, used, expired or for another redirect_uri");
      return;
    }
    if (!s256(form.get("code_verifier")).equals(grant.get().codeChallenge())) {
      tokenError(rc, 400, "invalid_grant", "the code_verifier does not match the code_challenge");
      return;
    }
    issue(rc, grant.get().persona(), grant.get().nonce());
  }

  private void refreshGrant(RoutingContext rc, MultiMap form) {
    minter.refreshTokenUser(String.valueOf(form.get("refresh_token")))
        .onSuccess(username -> persona(username).ifPresentOrElse(p -> issue(rc, p, null),
            () -> tokenError(rc, 400, "invalid_grant", "the persona no longer exists")))
        .onFailure(e -> tokenError(rc, 400, "invalid_grant", "the refresh token is not valid"));
  }

  private void userinfo(RoutingContext rc) {
    String header = String.valueOf(rc.request().getHeader("Authorization"));
    if (!header.startsWith("Bearer ")) {
      rc.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer").end();
      return;
    }
    minter.accessTokenClaims(header.substring(7))
        .onSuccess(claims -> json(rc, 200, new JsonObject()
            .put("sub", claims.getString("sub"))
            .put("preferred_username", claims.getString("preferred_username"))
            .put("name", claims.getString("name"))
            .put("organization", claims.getString("organization"))))
        .onFailure(e -> rc.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"").end());
  }

  private void logout(RoutingContext rc) {
    String target = rc.queryParams().get("post_logout_redirect_uri");
    if (allowedRedirect(target)) {
      rc.response().setStatusCode(302).putHeader("Location", target).end();
    } else {
      html(rc, 200, "<!doctype html><html lang=\"en\"><title>Signed out</title><main><h1>You are signed out.</h1></main></html>");
    }
  }

  private void issue(RoutingContext rc, Persona persona, String nonce) {
    rc.response().putHeader("Cache-Control", "no-store").putHeader("Pragma", "no-cache");
    json(rc, 200, minter.tokens(persona, config.oidcClientId(), nonce));
  }

  private Optional<Persona> persona(String username) {
    return personas.stream().filter(p -> p.username().equals(username)).findFirst();
  }

  private static void tokenError(RoutingContext rc, int status, String error, String description) {
    rc.response().putHeader("Cache-Control", "no-store");
    json(rc, status, new JsonObject().put("error", error).put("error_description", description));
  }

  private static void json(RoutingContext rc, int status, JsonObject body) {
    rc.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
  }

  private static void html(RoutingContext rc, int status, String body) {
    rc.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .end(body);
  }

  private static String s256(String verifier) {
    if (verifier == null) {
      return "";
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String urlEncode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
