package org.plenary.summary.export;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.text.Bidi;
import org.plenary.platform.text.BidiBalance;

/** A summary as a standalone, sanitised HTML page, its citations linking to the posts and good practices. */
public final class HtmlExport {

  private static final Parser PARSER = Parser.builder().postProcessor(new BidiBalance()).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final PolicyFactory POLICY = Sanitizers.BLOCKS.and(Sanitizers.FORMATTING).and(Sanitizers.LINKS)
      .and(new HtmlPolicyBuilder().allowElements("hr").toFactory());

  private HtmlExport() {
  }

  public static String render(String title, String status, String markdown, String publicUrl) {
    return render(title, status, markdown, publicUrl, Language.EN);
  }

  /**
   * The page in {@code language}: its notice and generated headings in that language, the page marked with it (and
   * right to left for Arabic); the summary's own text as written.
   */
  public static String render(String title, String status, String markdown, String publicUrl, Language language) {
    String body = POLICY.sanitize(RENDERER.render(PARSER.parse(
        absoluteCitations(GeneratedHeadings.in(language, markdown), publicUrl))));
    return "<!doctype html>\n<html lang=\"" + language.code() + "\"" + (language.isRightToLeft() ? " dir=\"rtl\"" : "")
        + "><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + escape(Bidi.isolated(title)) + "</title>"
        + "<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
        + ".notice{border-inline-start:4px solid #1a5e9a;padding:.5rem 1rem;background:#eef4fa}bdi,[dir=auto]{unicode-bidi:isolate}</style></head><body>"
        + "<header><p class=\"notice\">" + escape(Notice.of(status, language)) + "</p></header><main>" + body
        + "</main></body></html>\n";
  }

  /**
   * Citations are stored as relative links to the post or the good practice; outside Plenary they need the server's
   * address.
   */
  /** The Markdown download: the notice, then the text with its generated headings in {@code language}. */
  public static String markdown(String status, String markdown, String publicUrl, Language language) {
    return "_" + Notice.of(status, language) + "_\n\n"
        + absoluteCitations(GeneratedHeadings.in(language, markdown), publicUrl);
  }

  public static String absoluteCitations(String markdown, String publicUrl) {
    return markdown.replace("](/threads/", "](" + publicUrl + "/threads/")
        .replace("](/practices/", "](" + publicUrl + "/practices/");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
