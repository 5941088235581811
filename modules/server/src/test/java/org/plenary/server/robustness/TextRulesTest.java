package org.plenary.server.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.http.ApiProblem;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.text.Bidi;
import org.plenary.platform.text.UserText;

@DisplayName("The rules for text and cursors, one by one")
class TextRulesTest {

  @Test
  @DisplayName("Text in any script is visible; spaces, invisible, combining and filler characters alone are not")
  void visibleText() {
    for (String visible : new String[] {"a", "\u0627\u0644\u0623\u0645\u0646", "\u5b89\u5168", "\u0411", " x ",
        "\u200b\u05d0", "\ud83d\udd12", "e\u0301"}) {
      assertTrue(UserText.hasVisible(visible), visible);
    }
    for (String blank : new String[] {"", " \t\n", "\u00a0\u2007\u202f\u3000", "\u200b\u200c\u200d\u2060\ufeff",
        "\u0301\u0338\u20dd", "\u115f\u1160\u3164\uffa0", "\udb40\udc41\udb40\udc7f", "\u2800", "\u202e\u2066\u2069",
        "\ufe0f\ufe0e", "\u00ad"}) {
      assertFalse(UserText.hasVisible(blank), blank.codePoints().mapToObj(Integer::toHexString).toList().toString());
    }
  }

  @Test
  @DisplayName("No text may hold C0 or C1 controls or half a surrogate pair; tabs and line breaks are text")
  void controlCharacters() {
    assertEquals(OptionalInt.empty(), UserText.firstForbidden("Line one\nline\ttwo\r\n\ud83d\udd12"));
    assertEquals(OptionalInt.of(2), UserText.firstForbidden("ab\u0000"));
    assertEquals(OptionalInt.of(0), UserText.firstForbidden("\u0085next line"));
    assertEquals(OptionalInt.of(1), UserText.firstForbidden("a\ud800b"));
    assertEquals(OptionalInt.of(1), UserText.firstForbidden("a\udc00"));
    assertEquals("U+0000 (NULL)", UserText.describe(0));
  }

  @Test
  @DisplayName("Embeddings and isolates a text opens are closed where it ends; closings with nothing open are dropped")
  void bidiBalanced() {
    assertEquals("plain", Bidi.balanced("plain"));
    assertEquals("\u202eevil\u202c", Bidi.balanced("\u202eevil"));
    assertEquals("a\u2067b\u202ac\u202c\u2069", Bidi.balanced("a\u2067b\u202ac"));
    assertEquals("ab", Bidi.balanced("a\u202c\u2069b"));
    assertEquals("\u2067\u202bx\u2069", Bidi.balanced("\u2067\u202bx\u2069"));
    assertEquals("\u2068title\u202e\u202c\u2069", Bidi.isolated("title\u202e"));
  }

  @Test
  @DisplayName("A cursor reads back as the typed keys it was made of; one of another shape or changed by one byte is a 400")
  void cursors() {
    String cursor = Cursor.encode("2025-03-01T09:00:00Z", "3f2b6c1e-0d4a-4c8e-9b7a-2e5f8d9c1a00");
    Cursor.Keys keys = Cursor.decode(cursor, Cursor.Key.TIME, Cursor.Key.UUID);
    assertEquals("2025-03-01T09:00:00Z", keys.instant(0).toString());
    assertEquals("3f2b6c1e-0d4a-4c8e-9b7a-2e5f8d9c1a00", keys.uuid(1).toString());
    assertEquals(42L, Cursor.decode(Cursor.encode(42L), Cursor.Key.LONG).whole(0));
    assertEquals(0.25, Cursor.decode(Cursor.encode(0.25, "id"), Cursor.Key.NUMBER, Cursor.Key.TEXT).number(0));

    assertThrows(ApiProblem.class, () -> Cursor.decode(cursor, Cursor.Key.LONG));
    assertThrows(ApiProblem.class, () -> Cursor.decode(cursor, Cursor.Key.UUID, Cursor.Key.UUID));
    assertThrows(ApiProblem.class, () -> Cursor.decode(Cursor.encode("x"), Cursor.Key.INTEGER));
    assertThrows(ApiProblem.class, () -> Cursor.decode(Cursor.encode(4294967296L), Cursor.Key.INTEGER));
    String payload = Base64.getUrlEncoder().withoutPadding().encodeToString("[43]".getBytes(StandardCharsets.UTF_8));
    String forged = payload + Cursor.encode(42L).substring(Cursor.encode(42L).indexOf('.'));
    assertThrows(ApiProblem.class, () -> Cursor.decode(forged, Cursor.Key.LONG));
    assertThrows(ApiProblem.class, () -> Cursor.decode(payload, Cursor.Key.LONG));
    assertThrows(ApiProblem.class, () -> Cursor.decode("***", Cursor.Key.LONG));
  }

  @Test
  @DisplayName("Cursors signed with an earlier key of this process stay readable after another server starts")
  void keysOfOtherServers() {
    String before = Cursor.encode(7L);
    byte[] key = new byte[32];
    key[0] = 1;
    Cursor.signWith(key);
    assertEquals(7L, Cursor.decode(before, Cursor.Key.LONG).whole(0));
    assertEquals(8L, Cursor.decode(Cursor.encode(8L), Cursor.Key.LONG).whole(0));
  }
}
