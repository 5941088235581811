package org.plenary.testing;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * Signs arbitrary access tokens, either with the dev issuer's own key (read from the server's data
 * directory) or with a stranger's key, to prove what the server refuses.
 */
public final class TokenForge {

  private static final Vertx VERTX = Vertx.vertx();

  private final JWTAuth jwt;
  private final String kid;

  private TokenForge(String privateKeyPem, String kid) {
    this.kid = kid;
    this.jwt = JWTAuth.create(VERTX, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm("RS256").setId(kid).setBuffer(privateKeyPem)));
  }

  /** Signs with the running dev issuer's key, so only the claims decide whether a token is accepted. */
  public static TokenForge devIssuer(TestServer.Running server) throws Exception {
    String pem = Files.readString(server.dataDirectory().resolve("dev-idp-key.pem"));
    String kid = new Api(server.baseUrl()).get("/dev-idp/jwks").json().getJsonArray("keys").getJsonObject(0).getString("kid");
    return new TokenForge(pem, kid);
  }

  /** Signs with a freshly generated key that no issuer published, under the dev issuer's key id. */
  public static TokenForge stranger(String kid) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String pem = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
    return new TokenForge(pem, kid);
  }

  public String kid() {
    return kid;
  }

  /** Claims as the dev issuer would give delegate-fra, valid for an hour. */
  public static JsonObject delegateClaims(String issuer, String subject) {
    long now = System.currentTimeMillis() / 1000;
    return new JsonObject()
        .put("iss", issuer)
        .put("aud", "plenary-api")
        .put("sub", subject)
        .put("preferred_username", "forged-" + subject)
        .put("name", "Forged Person")
        .put("organization", "FRA")
        .put("realm_access", new JsonObject().put("roles", new io.vertx.core.json.JsonArray().add("delegate")))
        .put("iat", now)
        .put("exp", now + 3600);
  }

  public String sign(JsonObject claims) {
    return jwt.generateToken(claims, new JWTOptions().setAlgorithm("RS256").setNoTimestamp(true));
  }

}
