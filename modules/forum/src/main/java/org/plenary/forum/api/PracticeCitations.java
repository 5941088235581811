package org.plenary.forum.api;

import io.vertx.core.Future;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.platform.failure.Failure;

/**
 * Citations of good practices in Markdown, in the form a summary cites a post: a link to the practice's page,
 * {@code [text](/practices/<id>)}. On write each cited practice must exist, and its link text becomes the practice's
 * title and who shared it ("Title (France)"), whatever the writer typed, so every reader and every export names it
 * alike.
 */
public final class PracticeCitations {

  /** More would be a list of practices, not a text that cites some; it also bounds the look-up. */
  public static final int MAX = 20;

  private static final Pattern LINK = Pattern.compile(
      "\\[((?:[^\\[\\]\\\\]|\\\\.)*)\\]\\(\\s*/practices/([^\\s)]*)\\s*\\)");
  private static final Pattern UUID_TEXT = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final String ESCAPED = "\\`*_[]<>&!~|#";

  private PracticeCitations() {
  }

  /** The page of the practice, as citations link to it. */
  public static String page(UUID id) {
    return "/practices/" + id;
  }

  /** The practices {@code markdown} cites; a link to a practice's page that names none is refused. */
  public static Set<UUID> cited(String markdown) {
    Set<UUID> ids = new LinkedHashSet<>();
    Matcher link = LINK.matcher(markdown);
    while (link.find()) {
      String id = link.group(2);
      if (!UUID_TEXT.matcher(id).matches()) {
        throw Failure.invalid("A citation of a good practice links to its page, /practices/ followed by the"
            + " practice's id (a UUID); '" + shortened(id) + "' is not one.");
      }
      ids.add(UUID.fromString(id));
    }
    if (ids.size() > MAX) {
      throw Failure.invalid("A text cites at most " + MAX + " good practices; this one cites " + ids.size() + ".");
    }
    return ids;
  }

  /**
   * {@code markdown} with each citation of a practice named as the practice is; a practice {@code found} lacks is
   * refused, as the citation would lead nowhere.
   */
  public static String written(String markdown, Map<UUID, CitedPractices.CitedPractice> found) {
    Matcher link = LINK.matcher(markdown);
    StringBuilder out = new StringBuilder();
    while (link.find()) {
      UUID id = UUID.fromString(link.group(2));
      CitedPractices.CitedPractice practice = found.get(id);
      if (practice == null) {
        throw Failure.unprocessable("unknown-practice", "No such good practice",
            "The text cites the good practice " + id + ", which does not exist: cite a practice from the list of"
                + " good practices (its page's address ends in its id).");
      }
      link.appendReplacement(out, Matcher.quoteReplacement(
          "[" + escaped(practice.title() + " (" + practice.sharedBy() + ")") + "](" + page(id) + ")"));
    }
    link.appendTail(out);
    return out.toString();
  }

  /** {@code markdown} with its citations checked against {@code practices} and written as {@link #written} does. */
  public static Future<String> check(String markdown, CitedPractices practices) {
    Set<UUID> ids;
    try {
      ids = cited(markdown);
    } catch (Failure refused) {
      return Future.failedFuture(refused);
    }
    return ids.isEmpty() ? Future.succeededFuture(markdown)
        : practices.find(ids).map(found -> written(markdown, found));
  }

  /** {@code text} as the text of a Markdown link: its Markdown characters escaped, on one line. */
  public static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if (ESCAPED.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return out.toString();
  }

  private static String shortened(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
