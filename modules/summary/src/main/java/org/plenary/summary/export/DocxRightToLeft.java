package org.plenary.summary.export;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Makes a finished Word document read right to left, for Arabic: each paragraph bidirectional ({@code w:bidi}),
 * each run right to left ({@code w:rtl}) in an Arabic-capable font, marked Arabic for the complex-script
 * shaping, and the section (its page and columns) right to left.
 *
 * <p>No {@code w:jc} is written: in a bidirectional paragraph Word and LibreOffice read "left" and "right" as
 * start and end (LibreOffice swaps them on import), so the default alignment, the start, is the right margin,
 * which is what an Arabic reader expects; {@code SummaryExportLanguageTest} checks where LibreOffice puts it.
 */
final class DocxRightToLeft {

  /** Shipped with Windows and macOS with Arabic glyphs; LibreOffice substitutes a font with Arabic where it lacks it. */
  static final String FONT = "Arial";

  private DocxRightToLeft() {
  }

  static void apply(XWPFDocument document, String languageTag) {
    paragraphs(document.getParagraphs(), languageTag);
    document.getFootnotes().forEach(note -> paragraphs(note.getParagraphs(), languageTag));
    CTBody body = document.getDocument().getBody();
    var section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    if (!section.isSetBidi()) {
      section.addNewBidi();
    }
  }

  private static void paragraphs(List<XWPFParagraph> paragraphs, String languageTag) {
    for (XWPFParagraph paragraph : paragraphs) {
      CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
      if (!properties.isSetBidi()) {
        properties.addNewBidi();
      }
      for (XWPFRun run : paragraph.getRuns()) {
        CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        if (rpr.sizeOfRtlArray() == 0) {
          rpr.addNewRtl();
        }
        CTFonts fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        fonts.setCs(FONT);
        fonts.setAscii(fonts.isSetAscii() ? fonts.getAscii() : FONT);
        fonts.setHAnsi(fonts.isSetHAnsi() ? fonts.getHAnsi() : FONT);
        var lang = rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0) : rpr.addNewLang();
        lang.setBidi(languageTag);
        // Bold and italic of Arabic text are the complex-script ones.
        if (rpr.sizeOfBArray() > 0 && rpr.sizeOfBCsArray() == 0) {
          rpr.addNewBCs();
        }
        if (rpr.sizeOfIArray() > 0 && rpr.sizeOfICsArray() == 0) {
          rpr.addNewICs();
        }
      }
    }
  }
}
