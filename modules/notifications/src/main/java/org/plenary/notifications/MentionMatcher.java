package org.plenary.notifications;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every organization of the registry as one matcher, found in a single pass over a text however many
 * organizations there are. A mention is an organization's name in any case, or its id exactly as written
 * ("FRA", "contoso-security"), as a whole word: neither preceded nor followed by a letter, a digit or a
 * hyphen. Names may overlap: "Democratic Republic of the Congo" mentions "Congo" too.
 *
 * <p>Two character tries, names (case-folded) and ids (as written), are walked from each position where a
 * word may start, for as long as the text follows a branch: the work is the text's length times, at most,
 * the longest name, and in practice a character or two per word.
 */
final class MentionMatcher {

  /** A trie node: the organizations whose name or id ends here, and the characters that continue one. */
  private static final class Node {
    private final Map<Character, Node> next = new HashMap<>();
    private final List<String> ending = new ArrayList<>(1);
  }

  private final Node names = new Node();
  private final Node ids = new Node();

  /** {@code organizations}: each organization's name by its id. */
  MentionMatcher(Map<String, String> organizations) {
    organizations.forEach((id, name) -> {
      add(ids, id, false, id);
      if (name != null) {
        add(names, name, true, id);
      }
    });
  }

  /** The ids of the organizations {@code text} mentions, in the order of their first mention. */
  Set<String> in(CharSequence text) {
    Set<String> mentioned = new LinkedHashSet<>();
    int length = text.length();
    boolean wordBefore = false;
    for (int start = 0; start < length; start++) {
      char first = text.charAt(start);
      if (!wordBefore) {
        walk(names, text, start, first, true, mentioned);
        walk(ids, text, start, first, false, mentioned);
      }
      wordBefore = isWordPart(text, start, first);
    }
    return mentioned;
  }

  private static void walk(Node root, CharSequence text, int start, char first, boolean fold, Set<String> mentioned) {
    Node node = root.next.get(fold ? fold(first) : first);
    int end = start + 1;
    while (node != null) {
      if (!node.ending.isEmpty() && (end == text.length() || !isWordPart(text, end, text.charAt(end)))) {
        mentioned.addAll(node.ending);
      }
      if (end == text.length() || node.next.isEmpty()) {
        return;
      }
      char c = text.charAt(end);
      node = node.next.get(fold ? fold(c) : c);
      end++;
    }
  }

  private static void add(Node root, String literal, boolean fold, String id) {
    if (literal.isEmpty()) {
      return;
    }
    Node node = root;
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      node = node.next.computeIfAbsent(fold ? fold(c) : c, k -> new Node());
    }
    if (!node.ending.contains(id)) {
      node.ending.add(id);
    }
  }

  /** As {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE} compares characters. */
  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** A letter, a digit (any number) or a hyphen: what may not touch a mention. */
  private static boolean isWordPart(CharSequence text, int index, char c) {
    if (c == '-') {
      return true;
    }
    int codePoint = c;
    if (Character.isHighSurrogate(c) && index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1))) {
      codePoint = Character.toCodePoint(c, text.charAt(index + 1));
    } else if (Character.isLowSurrogate(c) && index > 0 && Character.isHighSurrogate(text.charAt(index - 1))) {
      codePoint = Character.toCodePoint(text.charAt(index - 1), c);
    }
    if (Character.isLetter(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
