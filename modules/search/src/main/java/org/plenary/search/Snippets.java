package org.plenary.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.platform.search.SearchMarkers;

/**
 * Highlighted snippets as safe HTML: PostgreSQL marks the matches with two private-use characters, the
 * text is escaped, and only then do the marks become {@code <mark>} elements. For Chinese, where
 * PostgreSQL's parser sees no words, the phrase is found and marked here.
 */
final class Snippets {

  private static final char START = SearchMarkers.START;
  private static final char STOP = SearchMarkers.STOP;
  static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
      + ", MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";
  private static final Pattern CJK_RUN = Pattern.compile(
      "[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af]+");
  private static final int CJK_CONTEXT = 40;

  private Snippets() {
  }

  static String fromHeadline(String headline) {
    return escape(headline).replace(String.valueOf(START), "<mark>").replace(String.valueOf(STOP), "</mark>");
  }

  /** A window of {@code text} around the first CJK run of the query, with each run marked. */
  static String cjk(String text, String query, String fallbackHeadline) {
    List<String> runs = new ArrayList<>();
    Matcher matcher = CJK_RUN.matcher(query);
    while (matcher.find()) {
      runs.add(matcher.group());
    }
    int first = runs.stream().mapToInt(text::indexOf).filter(i -> i >= 0).min().orElse(-1);
    if (first < 0) {
      return fromHeadline(fallbackHeadline);
    }
    int from = Math.max(0, first - CJK_CONTEXT);
    int to = Math.min(text.length(), first + 3 * CJK_CONTEXT);
    String window = escape(text.substring(from, to));
    for (String run : runs) {
      window = window.replace(run, "<mark>" + run + "</mark>");
    }
    return (from > 0 ? "…" : "") + window + (to < text.length() ? "…" : "");
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
