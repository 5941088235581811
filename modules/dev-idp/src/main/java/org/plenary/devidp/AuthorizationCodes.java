package org.plenary.devidp;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Single-use authorization codes, valid for one minute, held in memory (dev mode is one instance). */
final class AuthorizationCodes {

  record Grant(Persona persona, String clientId, String redirectUri, String codeChallenge, String nonce,
               long expiresAt) {
  }

  private static final long LIFETIME_MS = 60_000;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();

  String issue(Persona persona, String clientId, String redirectUri, String codeChallenge, String nonce) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    long now = System.currentTimeMillis();
    grants.values().removeIf(grant -> grant.expiresAt() < now);
    grants.put(code, new Grant(persona, clientId, redirectUri, codeChallenge, nonce, now + LIFETIME_MS));
    return code;
  }

  /** Redeems a code once; an unknown, used or expired code yields nothing. */
  Optional<Grant> redeem(String code) {
    Grant grant = code == null ? null : grants.remove(code);
    return grant == null || grant.expiresAt() < System.currentTimeMillis() ? Optional.empty() : Optional.of(grant);
  }
}
