package org.plenary.devidp;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;

/** Signs the dev issuer's access, ID and refresh tokens (RS256) and checks its own refresh tokens. */
final class TokenMinter {

  static final int ACCESS_TOKEN_SECONDS = 3600;
  static final int REFRESH_TOKEN_SECONDS = 12 * 3600;

  private final JWTAuth jwt;
  private final String issuer;
  private final String audience;

  TokenMinter(Vertx vertx, SigningKey key, String issuer, String audience) {
    this.jwt = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm("RS256").setId(key.keyId()).setBuffer(key.privateKeyPem()))
        .addJwk(key.publicJwk()));
    this.issuer = issuer;
    this.audience = audience;
  }

  /** The token response of RFC 6749 with an OIDC ID token. */
  JsonObject tokens(Persona persona, String clientId, String nonce) {
    JsonObject access = persona.claims()
        .put("iss", issuer)
        .put("aud", audience)
        .put("azp", clientId)
        .put("scope", "openid profile")
        .put("typ", "Bearer");
    JsonObject id = persona.claims()
        .put("iss", issuer)
        .put("aud", clientId)
        .put("auth_time", System.currentTimeMillis() / 1000);
    if (nonce != null) {
      id.put("nonce", nonce);
    }
    JsonObject refresh = new JsonObject()
        .put("iss", issuer)
        .put("aud", issuer)
        .put("sub", persona.subject())
        .put("preferred_username", persona.username())
        .put("azp", clientId)
        .put("typ", "Refresh");
    return new JsonObject()
        .put("access_token", sign(access, ACCESS_TOKEN_SECONDS))
        .put("id_token", sign(id, ACCESS_TOKEN_SECONDS))
        .put("refresh_token", sign(refresh, REFRESH_TOKEN_SECONDS))
        .put("token_type", "Bearer")
        .put("expires_in", ACCESS_TOKEN_SECONDS)
        .put("scope", "openid profile");
  }

  /** The username of a valid refresh token of this issuer. */
  Future<String> refreshTokenUser(String token) {
    return jwt.authenticate(new TokenCredentials(token)).compose(user -> {
      JsonObject claims = user.principal();
      if (!"Refresh".equals(claims.getString("typ")) || !issuer.equals(claims.getString("iss"))) {
        return Future.failedFuture("not a refresh token of this issuer");
      }
      return Future.succeededFuture(claims.getString("preferred_username"));
    });
  }

  /** Claims of a valid access token of this issuer, for the userinfo endpoint. */
  Future<JsonObject> accessTokenClaims(String token) {
    return jwt.authenticate(new TokenCredentials(token)).compose(user -> "Bearer".equals(user.principal().getString("typ"))
        ? Future.succeededFuture(user.principal()) : Future.failedFuture("not an access token"));
  }

  private String sign(JsonObject claims, int lifetimeSeconds) {
    return jwt.generateToken(claims, new JWTOptions().setAlgorithm("RS256").setExpiresInSeconds(lifetimeSeconds));
  }
}
