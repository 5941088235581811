package org.plenary.platform.text;

import java.util.OptionalInt;

/**
 * What text a person may send, decided once for every string of every request: no control characters
 * (they corrupt the record, and PostgreSQL refuses NUL), and, where the contract requires text, at least
 * one character a reader can see.
 */
public final class UserText {

  private UserText() {
  }

  /**
   * The index of the first character no text may contain: C0 and C1 control characters other than tab,
   * line feed and carriage return, DEL, and halves of surrogate pairs that stand alone.
   */
  public static OptionalInt firstForbidden(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isForbiddenControl(c)) {
        return OptionalInt.of(i);
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  private static boolean isForbiddenControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
  }

  /** "U+0000" and, where it has one, its name: for a problem's detail. */
  public static String describe(int codePoint) {
    String name = Character.getName(codePoint);
    return String.format("U+%04X", codePoint) + (name == null ? "" : " (" + name + ")");
  }

  /**
   * Whether the text has a character that shows: not only spaces of any kind, format characters
   * (zero-width spaces and joiners, bidirectional controls, tag characters), combining marks with
   * nothing to combine with, variation selectors, Hangul fillers or the blank Braille pattern.
   */
  public static boolean hasVisible(String text) {
    return text.codePoints().anyMatch(UserText::isVisible);
  }

  static boolean isVisible(int codePoint) {
    if (isBlankLetter(codePoint)) {
      return false;
    }
    return switch (Character.getType(codePoint)) {
      case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.CONTROL,
          Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> false;
      default -> true;
    };
  }

  /** Characters that Unicode files as letters or symbols but that render as nothing. */
  private static boolean isBlankLetter(int codePoint) {
    return codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0 // Hangul fillers
        || codePoint == 0x2800 // Braille pattern blank
        || codePoint == 0x17B4 || codePoint == 0x17B5 // Khmer inherent vowels
        || codePoint == 0x180E; // Mongolian vowel separator
  }
}
