package org.plenary.implementation.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.plenary.implementation.domain.Compilation;
import org.plenary.implementation.domain.CompiledReport;
import org.plenary.implementation.domain.Norm;
import org.plenary.implementation.domain.NormQuestion;
import org.plenary.implementation.domain.ReportLanguage;
import org.plenary.implementation.domain.Section;
import org.plenary.platform.text.Bidi;

/**
 * The compilation as a Word document: a State per chapter (Heading 1, so Word's and LibreOffice's navigation list
 * the States), its text marked with its language (and right to left for Arabic), a table of contents written out
 * (a Word TOC field would stay empty until someone updates it) and the annex of coverage as a table. CPU-bound:
 * run off the event loop.
 */
public final class CompilationDocx {

  private static final int[] HEADING_HALF_POINTS = {32, 26, 22};

  private CompilationDocx() {
  }

  public static byte[] render(Compilation compilation) {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      headingStyles(document);
      heading(document, 1, CompilationLabels.title(compilation.cycle().title()));
      text(document, CompilationLabels.cutOff(compilation.cycle().cutOff()), null).setItalic(true);
      heading(document, 2, "Contents");
      int number = 1;
      for (CompiledReport report : compilation.reports()) {
        text(document, number++ + ". " + report.stateName(), null);
      }
      text(document, "Annex: coverage of the norms", null);
      number = 1;
      for (CompiledReport report : compilation.reports()) {
        state(document, number++, report);
      }
      annex(document, compilation);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A State's answer as paragraphs: blank lines part them, single line breaks do not. */
  static List<String> paragraphs(String text) {
    return Arrays.stream(text.split("\\R\\s*\\R")).map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
        .filter(p -> !p.isEmpty()).toList();
  }

  private static void state(XWPFDocument document, int number, CompiledReport report) {
    XWPFParagraph chapter = heading(document, 1, number + ". " + report.stateName());
    chapter.setPageBreak(true);
    ReportLanguage language = report.version().language();
    text(document, CompilationLabels.language(language) + ". " + CompilationLabels.published(
        report.publication().version(), report.publication().publishedAt(), report.publication().audience().wire())
        + ".", null).setItalic(true);
    for (Map.Entry<Norm, Map<NormQuestion, String>> norm : report.version().answers().norms().entrySet()) {
      heading(document, 2, CompilationLabels.norm(norm.getKey()));
      norm.getValue().forEach((question, answer) -> {
        heading(document, 3, CompilationLabels.question(question));
        paragraphs(answer).forEach(p -> text(document, Bidi.balanced(p), language));
      });
    }
    for (Map.Entry<Section, String> section : report.version().answers().sections().entrySet()) {
      heading(document, 2, CompilationLabels.section(section.getKey()));
      paragraphs(section.getValue()).forEach(p -> text(document, Bidi.balanced(p), language));
    }
  }

  private static void annex(XWPFDocument document, Compilation compilation) {
    heading(document, 1, "Annex: coverage of the norms").setPageBreak(true);
    text(document, "Which States reported on which norm (A/70/174, para. 13 (a)-(k)).", null);
    List<CompiledReport> reports = compilation.reports();
    Norm[] norms = Norm.values();
    XWPFTable table = document.createTable(reports.size() + 2, norms.length + 1);
    table.getRow(0).getCell(0).setText("State");
    for (int n = 0; n < norms.length; n++) {
      table.getRow(0).getCell(n + 1).setText("(" + norms[n].letter() + ")");
    }
    for (int r = 0; r < reports.size(); r++) {
      table.getRow(r + 1).getCell(0).setText(reports.get(r).stateName());
      for (int n = 0; n < norms.length; n++) {
        table.getRow(r + 1).getCell(n + 1).setText(Compilation.covers(reports.get(r), norms[n]) ? "✓" : "");
      }
    }
    table.getRow(reports.size() + 1).getCell(0).setText("States reporting");
    for (int n = 0; n < norms.length; n++) {
      table.getRow(reports.size() + 1).getCell(n + 1).setText(String.valueOf(compilation.statesOn(norms[n])));
    }
    // Without widths LibreOffice gives every column the same and breaks the States' names letter by letter.
    table.getRows().forEach(row -> {
      row.getCell(0).setWidth("2600");
      row.getTableCells().stream().skip(1).forEach(cell -> cell.setWidth("560"));
    });
  }

  private static XWPFParagraph heading(XWPFDocument document, int level, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setStyle("Heading" + level);
    paragraph.createRun().setText(text);
    return paragraph;
  }

  /** A paragraph; a State's text ({@code language} not null) carries its language, and its direction. */
  private static XWPFRun text(XWPFDocument document, String text, ReportLanguage language) {
    XWPFParagraph paragraph = document.createParagraph();
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    if (language != null) {
      run.setLang(language.wire());
      if (CompilationLabels.rightToLeft(language)) {
        var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        properties.addNewBidi();
        run.getCTR().getRPr().addNewRtl();
      }
    }
    return run;
  }

  /** POI's new document has no heading styles; without them nothing lists the chapters. */
  private static void headingStyles(XWPFDocument document) {
    var styles = document.createStyles();
    for (int level = 1; level <= HEADING_HALF_POINTS.length; level++) {
      CTStyle style = CTStyle.Factory.newInstance();
      style.setStyleId("Heading" + level);
      style.setType(STStyleType.PARAGRAPH);
      style.addNewName().setVal("heading " + level);
      style.addNewQFormat();
      style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
      var run = style.addNewRPr();
      run.addNewB();
      run.addNewSz().setVal(BigInteger.valueOf(HEADING_HALF_POINTS[level - 1]));
      styles.addStyle(new XWPFStyle(style));
    }
  }
}
