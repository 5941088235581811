package org.plenary.summary.export;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.i18n.Messages;

/**
 * The top of a summary's Word document, in the manner of a United Nations document: the symbol at the end of the
 * line (when it has one), the body and its session, then what the document is (the Chair's summary, or a draft) and
 * the thread it sums up, with its date in the document's language.
 */
final class DocxHeading {

  private static final Messages MESSAGES = Messages.of("summary");

  private DocxHeading() {
  }

  static void write(XWPFDocument document, DocumentHeading heading, Language language) {
    heading.symbol().ifPresent(symbol -> {
      XWPFParagraph line = document.createParagraph();
      // in a right-to-left paragraph Word reads "right" as the end, where the symbol stands in either direction
      line.setAlignment(language.isRightToLeft() ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
      line.createRun().setText(symbol);
    });
    text(document, MESSAGES.text(language, "document.body"), true, 11);
    heading.session().ifPresent(session -> text(document, session, false, 11));
    text(document, MESSAGES.text(language, heading.kindKey()), true, 16);
    String date = heading.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(Locale.forLanguageTag(language.code())));
    text(document, MESSAGES.text(language, "document.about", Map.of("title", heading.threadTitle(), "date", date)),
        false, 11);
  }

  private static void text(XWPFDocument document, String words, boolean bold, int points) {
    XWPFRun run = document.createParagraph().createRun();
    run.setText(words);
    run.setBold(bold);
    run.setFontSize(points);
  }
}
