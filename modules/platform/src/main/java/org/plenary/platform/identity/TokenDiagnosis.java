package org.plenary.platform.identity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Says, for a token that failed verification, the most likely reason, by reading its unverified
 * claims. Only used after the token was refused, so nothing here grants access.
 */
final class TokenDiagnosis {

  private TokenDiagnosis() {
  }

  static String explain(String token, String issuer, String audience) {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      return "the token is not a JWT";
    }
    JsonObject claims;
    try {
      claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      return "the token's claims cannot be read";
    }
    long exp = claims.getLong("exp", 0L);
    if (exp != 0 && Instant.ofEpochSecond(exp).isBefore(Instant.now())) {
      return "the token expired at " + Instant.ofEpochSecond(exp);
    }
    if (!issuer.equals(claims.getString("iss"))) {
      return "the token was issued by '" + claims.getString("iss") + "', not by '" + issuer + "'";
    }
    Object aud = claims.getValue("aud");
    boolean audienceMatches = aud instanceof String s ? s.equals(audience)
        : aud instanceof JsonArray list && list.contains(audience);
    if (!audienceMatches) {
      return "the token is not issued for the audience '" + audience + "'";
    }
    return "the token's signature does not verify with the issuer's keys";
  }
}
