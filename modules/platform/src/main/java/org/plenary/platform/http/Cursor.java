package org.plenary.platform.http;

import io.vertx.core.json.JsonArray;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque keyset-pagination cursors: the sort key of the last item of a page, signed so that clients
 * treat it as a token and cannot hand-make one. A cursor is read back only as the list that issued it
 * declares it ({@link Key}), so a handler gets typed keys or the request gets a 400: never a
 * ClassCastException, a null or an invalid UUID further down. Never an OFFSET.
 */
public final class Cursor {

  /** What one sort key of a cursor is. */
  public enum Key { TEXT, INTEGER, LONG, NUMBER, TIME, UUID }

  private static final int SIGNATURE_BYTES = 16;
  private static final int KEPT_KEYS = 8;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  /** Newest first; several servers in one JVM (tests) each add theirs, and cursors of any of them stay valid. */
  private static final List<byte[]> KEYS = new CopyOnWriteArrayList<>(List.of(randomKey()));

  private Cursor() {
  }

  /** The key this server signs cursors with (from its configuration), kept with the few before it. */
  public static synchronized void signWith(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("a cursor key needs at least 32 bytes");
    }
    KEYS.removeIf(known -> Arrays.equals(known, key));
    KEYS.add(0, key.clone());
    while (KEYS.size() > KEPT_KEYS) {
      KEYS.remove(KEYS.size() - 1);
    }
  }

  public static String encode(Object... sortKey) {
    byte[] json = new JsonArray(List.of(sortKey)).encode().getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(json) + "." + ENCODER.encodeToString(signature(KEYS.get(0), json));
  }

  /** Reads a cursor this server issued with keys of these kinds; anything else is a 400 naming the cursor. */
  public static Keys decode(String cursor, Key... shape) {
    int dot = cursor.indexOf('.');
    byte[] json;
    byte[] signature;
    try {
      json = DECODER.decode(cursor.substring(0, Math.max(dot, 0)));
      signature = DECODER.decode(cursor.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (dot < 0 || KEYS.stream().noneMatch(key -> MessageDigest.isEqual(signature(key, json), signature))) {
      throw invalid();
    }
    try {
      JsonArray keys = new JsonArray(new String(json, StandardCharsets.UTF_8));
      if (keys.size() != shape.length) {
        throw invalid();
      }
      List<Object> typed = new ArrayList<>(shape.length);
      for (int i = 0; i < shape.length; i++) {
        typed.add(typed(shape[i], keys.getValue(i)));
      }
      return new Keys(typed);
    } catch (RuntimeException e) {
      // Signed by us but of another list's shape (a cursor of one list passed to another).
      throw invalid();
    }
  }

  private static Object typed(Key kind, Object value) {
    return switch (kind) {
      case TEXT -> (String) value;
      case INTEGER -> Math.toIntExact(whole(value));
      case LONG -> whole(value);
      case NUMBER -> ((Number) value).doubleValue();
      case TIME -> time((String) value);
      case UUID -> java.util.UUID.fromString((String) value);
    };
  }

  private static long whole(Object value) {
    if (value instanceof Integer || value instanceof Long) {
      return ((Number) value).longValue();
    }
    throw new IllegalArgumentException("not a whole number");
  }

  private static OffsetDateTime time(String value) {
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static ApiProblem invalid() {
    return ApiProblem.badRequest("The query parameter \"cursor\" is not a cursor this list issued (it may have been"
        + " changed or come from another list); take the `next` of a page of this list, or start again without it.");
  }

  private static byte[] signature(byte[] key, byte[] content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Arrays.copyOf(mac.doFinal(content), SIGNATURE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /** The keys of a decoded cursor, each already of the kind its list declared. */
  public record Keys(List<Object> values) {

    public String text(int i) {
      return (String) values.get(i);
    }

    public int integer(int i) {
      return (Integer) values.get(i);
    }

    public long whole(int i) {
      return (Long) values.get(i);
    }

    public double number(int i) {
      return (Double) values.get(i);
    }

    public OffsetDateTime time(int i) {
      return (OffsetDateTime) values.get(i);
    }

    public Instant instant(int i) {
      return time(i).toInstant();
    }

    public UUID uuid(int i) {
      return (UUID) values.get(i);
    }
  }
}
