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
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(CompilationLabels.title(compilation.cycle().title()))).append("</h1><p>")
        .append(escape(CompilationLabels.cutOff(compilation.cycle().cutOff()))).append("</p>");
    contents(body, compilation.reports());
    int number = 1;
    for (CompiledReport report : compilation.reports()) {
      state(body, number++, report);
    }
    annex(body, compilation);
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
        + escape(CompilationLabels.title(compilation.cycle().title())) + "</title>"
        + "<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;"
        + "line-height:1.5}table{border-collapse:collapse}th,td{border:1px solid #888;padding:.2rem .4rem}"
        + "td{text-align:center}</style></head><body><main>" + POLICY.sanitize(body.toString())
        + "</main></body></html>\n";
  }

  private static void contents(StringBuilder out, List<CompiledReport> reports) {
    out.append("<nav aria-labelledby=\"contents\"><h2 id=\"contents\">Contents</h2><ol>");
    for (CompiledReport report : reports) {
      out.append("<li><a href=\"#state-").append(report.stateId()).append("\">").append(escape(report.stateName()))
          .append("</a></li>");
    }
    out.append("<li><a href=\"#state-ANX\">Annex: coverage of the norms</a></li></ol></nav>");
  }

  private static void state(StringBuilder out, int number, CompiledReport report) {
    ReportLanguage language = report.version().language();
    out.append("<section id=\"state-").append(report.stateId()).append("\"><h2>").append(number).append(". ")
        .append(escape(report.stateName())).append("</h2><p>").append(escape(CompilationLabels.language(language)))
        .append(". ").append(escape(CompilationLabels.published(report.publication().version(),
            report.publication().publishedAt(), report.publication().audience().wire())))
        .append(".</p><section lang=\"").append(language.wire()).append("\" dir=\"")
        .append(CompilationLabels.rightToLeft(language) ? "rtl" : "ltr").append("\">");
    for (Map.Entry<Norm, Map<NormQuestion, String>> norm : report.version().answers().norms().entrySet()) {
      out.append("<h3 lang=\"en\" dir=\"ltr\">").append(escape(CompilationLabels.norm(norm.getKey()))).append("</h3>");
      norm.getValue().forEach((question, text) -> answer(out, CompilationLabels.question(question), text));
    }
    for (Map.Entry<Section, String> section : report.version().answers().sections().entrySet()) {
      out.append("<h3 lang=\"en\" dir=\"ltr\">").append(escape(CompilationLabels.section(section.getKey())))
          .append("</h3>");
      paragraphs(out, section.getValue());
    }
    out.append("</section></section>");
  }

  private static void answer(StringBuilder out, String question, String text) {
    out.append("<h4 lang=\"en\" dir=\"ltr\">").append(escape(question)).append("</h4>");
    paragraphs(out, text);
  }

  private static void paragraphs(StringBuilder out, String text) {
    for (String paragraph : CompilationDocx.paragraphs(text)) {
      out.append("<p>").append(escape(Bidi.balanced(paragraph))).append("</p>");
    }
  }

  private static void annex(StringBuilder out, Compilation compilation) {
    out.append("<section id=\"state-ANX\"><h2>Annex: coverage of the norms</h2><table><caption>")
        .append("Which States reported on which norm (A/70/174, para. 13 (a)-(k))</caption><thead><tr>")
        .append("<th scope=\"col\">State</th>");
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
    out.append("<tr><th scope=\"row\">States reporting</th>");
    for (Norm norm : Norm.values()) {
      out.append("<td>").append(compilation.statesOn(norm)).append("</td>");
    }
    out.append("</tr></tbody></table></section>");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
