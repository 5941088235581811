package org.plenary.drafts.contributions;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-by-word diff of an amendment against the paragraph's current text, as a list of
 * {@code equal | delete | insert} runs that a reader renders as struck-out and inserted words. The diff
 * itself is java-diff-utils' (Myers) over words and the spaces between them.
 */
final class WordDiff {

  private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

  /** A run of consecutive tokens of one kind: {@code op} is {@code equal}, {@code delete} or {@code insert}. */
  record Run(String op, String text) {
  }

  private WordDiff() {
  }

  static List<Run> diff(String current, String proposed) {
    List<String> a = tokens(current);
    List<String> b = tokens(proposed);
    Runs runs = new Runs();
    int next = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
      a.subList(next, delta.getSource().getPosition()).forEach(t -> runs.add("equal", t));
      delta.getSource().getLines().forEach(t -> runs.add("delete", t));
      delta.getTarget().getLines().forEach(t -> runs.add("insert", t));
      next = delta.getSource().getPosition() + delta.getSource().size();
    }
    a.subList(next, a.size()).forEach(t -> runs.add("equal", t));
    return List.copyOf(runs.runs);
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.strip());
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** Consecutive tokens of one kind merge into one run. */
  private static final class Runs {
    private final List<Run> runs = new ArrayList<>();

    void add(String op, String token) {
      Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last.op().equals(op)) {
        runs.set(runs.size() - 1, new Run(op, last.text() + token));
      } else {
        runs.add(new Run(op, token));
      }
    }
  }
}
