package org.plenary.translation;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * An engine's output is not trusted: it is sanitised again with the forum's allow-list (blocks, formatting,
 * tables, links), so that whatever an engine does to the markup it was given, no script or handler comes back.
 */
final class TranslatedHtml {

  private static final PolicyFactory POLICY = Sanitizers.BLOCKS
      .and(Sanitizers.FORMATTING)
      .and(Sanitizers.TABLES)
      .and(Sanitizers.LINKS)
      .and(new HtmlPolicyBuilder()
          .allowElements("pre", "hr")
          .allowAttributes("title").onElements("a")
          .allowAttributes("align").onElements("th", "td")
          .toFactory());

  private TranslatedHtml() {
  }

  static String sanitise(String html) {
    return POLICY.sanitize(html).strip();
  }

  /** Plain text as HTML, for titles and other texts without markup. */
  static String ofPlain(String text) {
    return "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
  }
}
