package org.plenary.platform.identity;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.oauth2.OAuth2Auth;
import io.vertx.ext.auth.oauth2.OAuth2Options;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies bearer access tokens locally against the issuer's discovery document and JWKS: signature,
 * expiry (which every token must have), issuer and audience. The issuer's userinfo and introspection
 * endpoints are deliberately not configured, because vertx-auth-oauth2 falls back to them when local
 * validation fails, and they would accept a token minted for another audience.
 */
public final class OidcTokenVerifier {

  private static final Logger LOG = LoggerFactory.getLogger(OidcTokenVerifier.class);
  private static final long KEY_REFRESH_INTERVAL_MS = 30_000;

  private final OAuth2Auth auth;
  private final String issuer;
  private final String audience;
  private final AtomicLong lastKeyRefresh = new AtomicLong();

  private OidcTokenVerifier(OAuth2Auth auth, String issuer, String audience) {
    this.auth = auth;
    this.issuer = issuer;
    this.audience = audience;
  }

  public static Future<OidcTokenVerifier> discover(Vertx vertx, String issuer, String audience, String clientId) {
    HttpClient client = vertx.createHttpClient();
    return fetchJson(client, issuer + "/.well-known/openid-configuration")
        .andThen(done -> client.close())
        .compose(document -> {
          String advertised = stripTrailingSlash(document.getString("issuer", ""));
          if (!advertised.equals(issuer)) {
            return Future.failedFuture("the discovery document of " + issuer + " names the issuer '" + advertised + "'");
          }
          OAuth2Options options = new OAuth2Options()
              .setSite(issuer)
              .setClientId(clientId)
              .setJwkPath(document.getString("jwks_uri"))
              .setJWTOptions(new JWTOptions().setIssuer(document.getString("issuer")).setAudience(List.of(audience)));
          OAuth2Auth auth = OAuth2Auth.create(vertx, options);
          OidcTokenVerifier verifier = new OidcTokenVerifier(auth, document.getString("issuer"), audience);
          auth.missingKeyHandler(kid -> verifier.refreshKeys(kid));
          return auth.jWKSet().map(verifier);
        });
  }

  public String issuer() {
    return issuer;
  }

  /** The verified claims, or a failure whose message says why the token was refused. */
  public Future<JsonObject> verify(String token) {
    return auth.authenticate(new TokenCredentials(token))
        .recover(failure -> Future.failedFuture(TokenDiagnosis.explain(token, issuer, audience)))
        .compose(this::verifiedClaims);
  }

  private Future<JsonObject> verifiedClaims(User user) {
    JsonObject claims = user.attributes().getJsonObject("accessToken");
    if (claims == null) {
      return Future.failedFuture("the token is not a signed JWT access token");
    }
    // vertx-auth-oauth2 skips the audience and expiry checks when the claim is absent; we require both.
    if (!claims.containsKey("aud")) {
      return Future.failedFuture("the token has no audience; it must be issued for '" + audience + "'");
    }
    if (!(claims.getValue("exp") instanceof Number)) {
      return Future.failedFuture("the token has no expiry ('exp'); only tokens that expire are accepted");
    }
    return Future.succeededFuture(claims);
  }

  /** An unknown key id usually means the issuer rotated its keys; fetch them again, at most every 30 s. */
  private void refreshKeys(String kid) {
    long now = System.currentTimeMillis();
    long last = lastKeyRefresh.get();
    if (now - last > KEY_REFRESH_INTERVAL_MS && lastKeyRefresh.compareAndSet(last, now)) {
      LOG.info("Unknown signing key {}; refreshing the JWKS of {}", kid, issuer);
      auth.jWKSet().onFailure(e -> LOG.warn("Could not refresh the JWKS of {}", issuer, e));
    }
  }

  private static Future<JsonObject> fetchJson(HttpClient client, String url) {
    return client.request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(url))
        .compose(request -> request.putHeader("Accept", "application/json").send())
        .compose(response -> {
          if (response.statusCode() != 200) {
            return Future.failedFuture(url + " answered " + response.statusCode());
          }
          return response.body().map(body -> body.toJsonObject());
        });
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
