package org.plenary.summary.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Heading styles for a new Word document: POI starts with none, and without them Word and LibreOffice
 * show headings as plain text and build no navigation pane or table of contents.
 */
final class DocxStyles {

  private static final int[] SIZES_HALF_POINTS = {32, 26, 24};

  private DocxStyles() {
  }

  /** {@code complexScript}: also bold and size the headings' Arabic text, which Word styles apart from Latin text. */
  static void addHeadings(XWPFDocument document, boolean complexScript) {
    XWPFStyles styles = document.createStyles();
    for (int level = 1; level <= SIZES_HALF_POINTS.length; level++) {
      CTStyle style = CTStyle.Factory.newInstance();
      style.setStyleId("Heading" + level);
      style.setType(STStyleType.PARAGRAPH);
      style.addNewName().setVal("heading " + level);
      style.addNewQFormat();
      style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
      style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(240));
      var run = style.addNewRPr();
      run.addNewB();
      run.addNewSz().setVal(BigInteger.valueOf(SIZES_HALF_POINTS[level - 1]));
      if (complexScript) {
        run.addNewBCs();
        run.addNewSzCs().setVal(BigInteger.valueOf(SIZES_HALF_POINTS[level - 1]));
      }
      styles.addStyle(new XWPFStyle(style));
    }
  }
}
