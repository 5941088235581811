package org.plenary.platform.text;

/**
 * Keeps a person's text from reordering the text around it. Bidirectional embeddings, overrides and
 * isolates (U+202A-U+202E, U+2066-U+2069) that a text opens and does not close would carry on past its
 * end, into the next name, date or sentence shown after it; every one is closed where the text ends,
 * and closings with nothing open are dropped. The characters themselves stay: Arabic or Hebrew writers
 * use them on purpose.
 */
public final class Bidi {

  private static final char PDF = '\u202C';
  private static final char PDI = '\u2069';

  private Bidi() {
  }

  /** The text with every embedding and isolate it opens closed at its end. */
  public static String balanced(String text) {
    if (text == null || text.chars().noneMatch(Bidi::isControl)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 4);
    StringBuilder open = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isEmbeddingOpener(c) || isIsolateOpener(c)) {
        open.append(c);
        out.append(c);
      } else if (c == PDF) {
        if (open.length() > 0 && isEmbeddingOpener(open.charAt(open.length() - 1))) {
          open.setLength(open.length() - 1);
          out.append(c);
        }
      } else if (c == PDI) {
        int isolate = lastIsolate(open);
        if (isolate >= 0) {
          // A PDI also closes the embeddings opened inside its isolate.
          open.setLength(isolate);
          out.append(c);
        }
      } else {
        out.append(c);
      }
    }
    for (int i = open.length() - 1; i >= 0; i--) {
      out.append(isIsolateOpener(open.charAt(i)) ? PDI : PDF);
    }
    return out.toString();
  }

  /** The text as a bidirectionally isolated run (first strong character decides its direction). */
  public static String isolated(String text) {
    return text == null || text.isEmpty() ? text : "\u2068" + balanced(text) + PDI;
  }

  private static int lastIsolate(StringBuilder open) {
    for (int i = open.length() - 1; i >= 0; i--) {
      if (isIsolateOpener(open.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isControl(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  private static boolean isEmbeddingOpener(char c) {
    return c >= 0x202A && c <= 0x202E && c != PDF;
  }

  private static boolean isIsolateOpener(char c) {
    return c >= 0x2066 && c <= 0x2068;
  }
}
