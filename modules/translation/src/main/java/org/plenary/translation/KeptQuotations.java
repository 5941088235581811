package org.plenary.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotations keep their original words in a translation (a summary quotes what was said, and a translation of the
 * quotation would put words in a delegation's mouth): each block quotation and each run in quotation marks
 * (“…”, «…», "…") is set aside behind an empty placeholder element, which engines pass through as markup, and put
 * back once the rest is translated.
 */
final class KeptQuotations {

  private static final Pattern QUOTED = Pattern.compile(
      "<blockquote>[\\s\\S]*?</blockquote>|“[^”<]*”|«[^»<]*»|&#34;[^&<]*&#34;|&quot;[^&<]*&quot;");
  /** Headings ({@code h2}, {@code h3}) too, for texts whose headings are given in the target language. */
  private static final Pattern QUOTED_OR_HEADING = Pattern.compile("<h([23])>[^<]*</h\\1>|" + QUOTED.pattern());
  private static final Pattern PLACEHOLDER = Pattern.compile("<q title=\"plenary-kept-(\\d+)\"></q>");

  /** The text with its quotations set aside, and the quotations, in order. */
  record Held(String html, List<String> quotations) {
  }

  private KeptQuotations() {
  }

  static Held hold(String html) {
    return hold(html, QUOTED);
  }

  /** As {@link #hold(String)}, the headings set aside too. */
  static Held holdWithHeadings(String html) {
    return hold(html, QUOTED_OR_HEADING);
  }

  private static Held hold(String html, Pattern kept) {
    List<String> quotations = new ArrayList<>();
    Matcher quoted = kept.matcher(html);
    StringBuilder held = new StringBuilder();
    while (quoted.find()) {
      quotations.add(quoted.group());
      quoted.appendReplacement(held, Matcher.quoteReplacement(
          "<q title=\"plenary-kept-" + (quotations.size() - 1) + "\"></q>"));
    }
    quoted.appendTail(held);
    return new Held(held.toString(), quotations);
  }

  /** {@code translated} with each placeholder the engine passed through replaced by its quotation. */
  static String restore(String translated, List<String> quotations) {
    Matcher placeholder = PLACEHOLDER.matcher(translated);
    StringBuilder restored = new StringBuilder();
    while (placeholder.find()) {
      int index = Integer.parseInt(placeholder.group(1));
      String original = index < quotations.size() ? quotations.get(index) : "";
      placeholder.appendReplacement(restored, Matcher.quoteReplacement(original));
    }
    placeholder.appendTail(restored);
    return restored.toString();
  }
}
