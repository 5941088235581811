package org.plenary.drafts.contributions;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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

  private WordDiff() {
  }

  static JsonArray diff(String current, String proposed) {
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
    return runs.json;
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
    private final JsonArray json = new JsonArray();

    void add(String op, String token) {
      JsonObject last = json.isEmpty() ? null : json.getJsonObject(json.size() - 1);
      if (last != null && last.getString("op").equals(op)) {
        last.put("text", last.getString("text") + token);
      } else {
        json.add(new JsonObject().put("op", op).put("text", token));
      }
    }
  }
}
