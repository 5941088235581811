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
    String time = timeClaims(claims);
    if (time != null) {
      return time;
    }
    Object iss = claims.getValue("iss");
    if (!issuer.equals(iss)) {
      return "the token was issued by '" + iss + "', not by '" + issuer + "'";
    }
    Object aud = claims.getValue("aud");
    boolean audienceMatches = aud instanceof String s ? s.equals(audience)
        : aud instanceof JsonArray list && list.contains(audience);
    if (!audienceMatches) {
      return "the token is not issued for the audience '" + audience + "'";
    }
    return "the token's signature does not verify with the issuer's keys";
  }

  /** What is wrong with {@code exp}, {@code nbf} or {@code iat}, if anything: each must be a time in seconds. */
  private static String timeClaims(JsonObject claims) {
    long now = Instant.now().getEpochSecond();
    for (String name : new String[] {"exp", "nbf", "iat"}) {
      Object value = claims.getValue(name);
      if (value != null && !(value instanceof Number)) {
        return "the token's '" + name + "' is not a time in seconds since 1970";
      }
    }
    long exp = claims.getLong("exp", Long.MAX_VALUE);
    if (exp <= now) {
      return "the token expired at " + at(exp);
    }
    long nbf = claims.getLong("nbf", Long.MIN_VALUE);
    if (nbf > now) {
      return "the token is not valid before " + at(nbf);
    }
    long iat = claims.getLong("iat", Long.MIN_VALUE);
    if (iat > now) {
      return "the token was issued in the future (" + at(iat) + "); check the issuer's clock";
    }
    return null;
  }

  private static String at(long epochSecond) {
    try {
      return Instant.ofEpochSecond(epochSecond).toString();
    } catch (java.time.DateTimeException outOfRange) {
      return epochSecond + " s after 1970";
    }
  }
}
