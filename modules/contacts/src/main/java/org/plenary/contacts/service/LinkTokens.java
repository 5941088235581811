package org.plenary.contacts.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one-time tokens of acknowledgement links: 256 random bits, URL-safe. The directory keeps only their SHA-256,
 * so its rows do not let anyone acknowledge for a point of contact.
 */
final class LinkTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private LinkTokens() {
  }

  static String fresh() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
