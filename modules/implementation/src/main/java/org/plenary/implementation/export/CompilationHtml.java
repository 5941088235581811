package org.plenary.implementation.export;

import java.util.List;
import java.util.Map;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.plenary.implementation.domain.Compilation;
import org.plenary.implementation.domain.CompiledReport;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.NormQuestion;
import org.plenary.implementation.domain.ReportLanguage;
import org.plenary.implementation.domain.Section;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.text.Bidi;

/**
 * The compilation as one standalone HTML page. The States' texts are plain text, escaped; the body is then run
 * through a sanitiser that keeps only the page's own structure (headings, paragraphs, the table, links inside the
 * page, the language and direction of each report), so nothing a State wrote can become markup.
 */
public final class CompilationHtml {

  private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
      .allowElements("h1", "h2", "h3", "h4", "p", "section", "nav", "ol", "li", "a", "table", "caption", "thead",
          "tbody", "tr", "th", "td", "strong")
      .allowAttributes("id").globally().allowAttributes("lang", "dir").globally()
      .allowAttributes("scope").onElements("th").allowAttributes("href").matching(
          (elementName, attributeName, value) -> value.matches("#state-[A-Z]{3}") ? value : null).onElements("a")
      .toFactory();

  private CompilationHtml() {
  }

  public static String render(Compilation compilation) {
    return render(compilation, Language.EN);
  }

  /** The page with its own words in {@code language} (right to left for Arabic), each report in its own. */
  public static String render(Compilation compilation, Language language) {
    CompilationLabels labels = new CompilationLabels(language);
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(labels.title(compilation.cycle().title()))).append("</h1><p>")
        .append(escape(labels.cutOff(compilation.cycle().cutOff()))).append("</p>");
    contents(body, labels, compilation.reports());
    int number = 1;
    for (CompiledReport report : compilation.reports()) {
      state(body, labels, number++, report);
    }
    annex(body, labels, compilation);
    return "<!doctype html>\n<html lang=\"" + language.code() + "\"" + (language.isRightToLeft() ? " dir=\"rtl\"" : "")
        + "><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
        + escape(labels.title(compilation.cycle().title())) + "</title>"
        + "<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;"
        + "line-height:1.5}table{border-collapse:collapse}th,td{border:1px solid #888;padding:.2rem .4rem}"
        + "td{text-align:center}</style></head><body><main>" + POLICY.sanitize(body.toString())
        + "</main></body></html>\n";
  }

  private static void contents(StringBuilder out, CompilationLabels labels, List<CompiledReport> reports) {
    out.append("<nav aria-labelledby=\"contents\"><h2 id=\"contents\">").append(escape(labels.text("contents")))
        .append("</h2><ol>");
    for (CompiledReport report : reports) {
      out.append("<li><a href=\"#state-").append(report.stateId()).append("\">").append(escape(report.stateName()))
          .append("</a></li>");
    }
    out.append("<li><a href=\"#state-ANX\">").append(escape(labels.text("annex"))).append("</a></li></ol></nav>");
  }

  private static void state(StringBuilder out, CompilationLabels labels, int number, CompiledReport report) {
    ReportLanguage language = report.version().language();
    out.append("<section id=\"state-").append(report.stateId()).append("\"><h2>").append(number).append(". ")
        .append(escape(report.stateName())).append("</h2><p>").append(escape(labels.language(language)))
        .append(". ").append(escape(labels.published(report.publication().version(),
            report.publication().publishedAt(), report.publication().audience().wire())))
        .append(".</p><section lang=\"").append(language.wire()).append("\" dir=\"")
        .append(CompilationLabels.rightToLeft(language) ? "rtl" : "ltr").append("\">");
    for (Map.Entry<Norm, Map<NormQuestion, String>> norm : report.version().answers().norms().entrySet()) {
      out.append("<h3").append(own(labels)).append(">").append(escape(labels.norm(norm.getKey()))).append("</h3>");
      norm.getValue().forEach((question, text) -> answer(out, labels, labels.question(question), text));
    }
    for (Map.Entry<Section, String> section : report.version().answers().sections().entrySet()) {
      out.append("<h3").append(own(labels)).append(">").append(escape(labels.section(section.getKey())))
          .append("</h3>");
      paragraphs(out, section.getValue());
    }
    out.append("</section></section>");
  }

  /** The compilation's own language and direction, on its headings inside a report marked with the report's. */
  private static String own(CompilationLabels labels) {
    return " lang=\"" + labels.language().code() + "\" dir=\"" + (labels.language().isRightToLeft() ? "rtl" : "ltr") + "\"";
  }

  private static void answer(StringBuilder out, CompilationLabels labels, String question, String text) {
    out.append("<h4").append(own(labels)).append(">").append(escape(question)).append("</h4>");
    paragraphs(out, text);
  }

  private static void paragraphs(StringBuilder out, String text) {
    for (String paragraph : CompilationDocx.paragraphs(text)) {
      out.append("<p>").append(escape(Bidi.balanced(paragraph))).append("</p>");
    }
  }

  private static void annex(StringBuilder out, CompilationLabels labels, Compilation compilation) {
    out.append("<section id=\"state-ANX\"><h2>").append(escape(labels.text("annex"))).append("</h2><table><caption>")
        .append(escape(labels.text("annex.caption"))).append("</caption><thead><tr>")
        .append("<th scope=\"col\">").append(escape(labels.text("annex.state"))).append("</th>");
    for (Norm norm : Norm.values()) {
      out.append("<th scope=\"col\">(").append(norm.letter()).append(")</th>");
    }
    out.append("</tr></thead><tbody>");
    for (CompiledReport report : compilation.reports()) {
      out.append("<tr><th scope=\"row\">").append(escape(report.stateName())).append("</th>");
      for (Norm norm : Norm.values()) {
        out.append("<td>").append(Compilation.covers(report, norm) ? "✓" : "").append("</td>");
      }
      out.append("</tr>");
    }
    out.append("<tr><th scope=\"row\">").append(escape(labels.text("annex.total"))).append("</th>");
    for (Norm norm : Norm.values()) {
      out.append("<td>").append(compilation.statesOn(norm)).append("</td>");
    }
    out.append("</tr></tbody></table></section>");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
