package org.plenary.drafts.contributions;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-by-word diff of an amendment against the paragraph's current text, as a list of
 * {@code equal | delete | insert} runs that a reader renders as struck-out and inserted words.
 */
final class WordDiff {

  private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
  /** Beyond this many word pairs the middle is shown as replaced whole, to keep the diff cheap. */
  private static final long MAX_CELLS = 250_000;

  private WordDiff() {
  }

  static JsonArray diff(String current, String proposed) {
    List<String> a = tokens(current);
    List<String> b = tokens(proposed);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    Runs runs = new Runs();
    a.subList(0, prefix).forEach(t -> runs.add("equal", t));
    middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), runs);
    a.subList(a.size() - suffix, a.size()).forEach(t -> runs.add("equal", t));
    return runs.json;
  }

  private static void middle(List<String> a, List<String> b, Runs runs) {
    if ((long) a.size() * b.size() > MAX_CELLS) {
      a.forEach(t -> runs.add("delete", t));
      b.forEach(t -> runs.add("insert", t));
      return;
    }
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        runs.add("equal", a.get(i++));
        j++;
      } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        runs.add("insert", b.get(j++));
      } else {
        runs.add("delete", a.get(i++));
      }
    }
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
