package org.plenary.platform.http;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset-pagination cursors: the sort key of the last item of a page, encoded so clients treat
 * it as a token. Never an OFFSET.
 */
public final class Cursor {

  private Cursor() {
  }

  public static String encode(Object... sortKey) {
    byte[] json = new JsonArray(java.util.List.of(sortKey)).encode().getBytes(StandardCharsets.UTF_8);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
  }

  /** Decodes a cursor of {@code size} keys; a tampered or foreign cursor is a 400. */
  public static JsonArray decode(String cursor, int size) {
    try {
      JsonArray keys = new JsonArray(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
      if (keys.size() != size) {
        throw new IllegalArgumentException("wrong size");
      }
      return keys;
    } catch (IllegalArgumentException | DecodeException | ClassCastException e) {
      throw ApiProblem.badRequest("The cursor '" + cursor + "' is not one this list issued; start again without it.");
    }
  }
}
