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
 * itself is java-diff-utils' (Myers) over words and the spaces between them; changes separated only by a
 * minor unchanged stretch (spaces, punctuation, one short word) merge into one deleted run followed by one
 * inserted run, so that a rewritten clause reads whole rather than as words interleaved one by one (the
 * frontend's {@code word-diff.ts} merges the same way).
 */
final class WordDiff {

  private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
  /** An unchanged stretch short enough to read as part of the change around it. */
  private static final Pattern MINOR = Pattern.compile("\\s*\\S{0,3}\\s*");

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
    return merged(runs.runs);
  }

  /** Each minor equal run between two changes moved into both the deletion and the insertion around it. */
  static List<Run> merged(List<Run> runs) {
    List<Run> merged = new ArrayList<>();
    StringBuilder deleted = new StringBuilder();
    StringBuilder inserted = new StringBuilder();
    for (int i = 0; i < runs.size(); i++) {
      Run run = runs.get(i);
      if ("delete".equals(run.op())) {
        deleted.append(run.text());
      } else if ("insert".equals(run.op())) {
        inserted.append(run.text());
      } else if ((deleted.length() > 0 || inserted.length() > 0) && i < runs.size() - 1
          && MINOR.matcher(run.text()).matches()) {
        deleted.append(run.text());
        inserted.append(run.text());
      } else {
        flush(merged, deleted, inserted);
        merged.add(run);
      }
    }
    flush(merged, deleted, inserted);
    return List.copyOf(merged);
  }

  private static void flush(List<Run> merged, StringBuilder deleted, StringBuilder inserted) {
    if (deleted.length() > 0) {
      merged.add(new Run("delete", deleted.toString()));
    }
    if (inserted.length() > 0) {
      merged.add(new Run("insert", inserted.toString()));
    }
    deleted.setLength(0);
    inserted.setLength(0);
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
