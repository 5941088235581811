package org.plenary.implementation.export;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * One Word paragraph read right to left: bidirectional ({@code w:bidi}), its runs right to left ({@code w:rtl}) in
 * an Arabic-capable font. No {@code w:jc}: in a bidirectional paragraph Word and LibreOffice take "left" and
 * "right" as start and end, so the default, the start, is the right margin.
 */
final class RightToLeft {

  /** Shipped with Windows and macOS with Arabic glyphs; LibreOffice substitutes a font with Arabic where it lacks it. */
  private static final String FONT = "Arial";

  private RightToLeft() {
  }

  static void paragraph(XWPFParagraph paragraph) {
    var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
    if (!properties.isSetBidi()) {
      properties.addNewBidi();
    }
    for (XWPFRun run : paragraph.getRuns()) {
      var rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
      if (rpr.sizeOfRtlArray() == 0) {
        rpr.addNewRtl();
      }
      var fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
      fonts.setCs(FONT);
    }
  }
}
