package org.plenary.translation;

import io.vertx.core.Future;
import java.util.Optional;
import java.util.UUID;
import org.plenary.implementation.api.ReportTexts;
import org.plenary.implementation.api.TextWithHeadings;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.translation.MachineTranslation.Sensitivity;

/**
 * Published national reports and good practices as their reader may read them, through implementation's port (a
 * report for States only is read by States and the Secretariat, and is restricted text, like a thread for States).
 * The headings are the survey's, in the language asked for, from implementation's catalogue: they are marked to be
 * kept out of the engine ({@link KeptQuotations#holdWithHeadings}), so that only the State's own words are
 * machine-translated.
 */
final class ReportSources {

  private final ReportTexts texts;

  ReportSources(ReportTexts texts) {
    this.texts = texts;
  }

  Future<SourceText> report(String cycleId, String stateId, Optional<Participant> reader, Language to) {
    return texts.publishedReport(cycleId, stateId, reader, to).map(text -> new SourceText(SourceText.Kind.REPORT,
        cycleId + "/" + stateId, text.version(), Language.of(text.language()).orElseThrow(), html(text),
        "states".equals(text.audience()) ? Sensitivity.RESTRICTED : Sensitivity.OPEN));
  }

  Future<SourceText> practice(UUID practiceId, Language to) {
    // A practice has no versions: the hash of its text tells an edited one apart.
    return texts.practice(practiceId, to).map(text -> new SourceText(SourceText.Kind.PRACTICE,
        practiceId.toString(), 0, Language.of(text.language()).orElseThrow(), html(text), Sensitivity.OPEN));
  }

  /** Parts as {@code h2}, answers under {@code h3}, each line of an answer a paragraph; plain text escaped. */
  static String html(TextWithHeadings text) {
    StringBuilder html = new StringBuilder();
    if (!text.title().isBlank()) {
      // The title is the writer's: translated, not kept, so it is no h2 (those are kept).
      html.append("<p><strong>").append(escape(text.title())).append("</strong></p>");
    }
    for (TextWithHeadings.Part part : text.parts()) {
      html.append("<h2>").append(escape(part.heading())).append("</h2>");
      for (TextWithHeadings.Answer answer : part.answers()) {
        if (!answer.heading().isBlank()) {
          html.append("<h3>").append(escape(answer.heading())).append("</h3>");
        }
        for (String line : answer.text().split("\\R+")) {
          if (!line.isBlank()) {
            html.append("<p>").append(escape(line.strip())).append("</p>");
          }
        }
      }
    }
    return html.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
