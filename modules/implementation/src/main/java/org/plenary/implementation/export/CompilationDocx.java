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
import org.plenary.platform.i18n.Language;
import org.plenary.platform.text.Bidi;

/**
 * The compilation as a Word document: a State per chapter (Heading 1, so Word's and LibreOffice's navigation list
 * the States), its text marked with its language (and right to left for Arabic), a table of contents written out
 * (a Word TOC field would stay empty until someone updates it) and the annex of coverage as a table. The words
 * around the reports are in the language asked for; asked in Arabic, they, the table and the page read right to
 * left while a report in another language keeps its own direction. CPU-bound: run off the event loop.
 */
public final class CompilationDocx {

  private static final int[] HEADING_HALF_POINTS = {32, 26, 22};

  private final XWPFDocument document;
  private final CompilationLabels labels;

  private CompilationDocx(XWPFDocument document, Language language) {
    this.document = document;
    this.labels = new CompilationLabels(language);
  }

  public static byte[] render(Compilation compilation) {
    return render(compilation, Language.EN);
  }

  public static byte[] render(Compilation compilation, Language language) {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      new CompilationDocx(document, language).write(compilation);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Compilation compilation) {
    headingStyles();
    heading(1, labels.title(compilation.cycle().title()));
    text(labels.cutOff(compilation.cycle().cutOff()), null).setItalic(true);
    heading(2, labels.text("contents"));
    int number = 1;
    for (CompiledReport report : compilation.reports()) {
      text(number++ + ". " + report.stateName(), null);
    }
    text(labels.text("annex"), null);
    number = 1;
    for (CompiledReport report : compilation.reports()) {
      state(number++, report);
    }
    annex(compilation);
    if (labels.language().isRightToLeft()) {
      var body = document.getDocument().getBody();
      (body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr()).addNewBidi();
    }
  }

  /** A State's answer as paragraphs: blank lines part them, single line breaks do not. */
  static List<String> paragraphs(String text) {
    return Arrays.stream(text.split("\\R\\s*\\R")).map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
        .filter(p -> !p.isEmpty()).toList();
  }

  private void state(int number, CompiledReport report) {
    XWPFParagraph chapter = heading(1, number + ". " + report.stateName());
    chapter.setPageBreak(true);
    ReportLanguage language = report.version().language();
    text(labels.language(language) + ". " + labels.published(report.publication().version(),
        report.publication().publishedAt(), report.publication().audience().wire()) + ".", null).setItalic(true);
    for (Map.Entry<Norm, Map<NormQuestion, String>> norm : report.version().answers().norms().entrySet()) {
      heading(2, labels.norm(norm.getKey()));
      norm.getValue().forEach((question, answer) -> {
        heading(3, labels.question(question));
        paragraphs(answer).forEach(p -> text(Bidi.balanced(p), language));
      });
    }
    for (Map.Entry<Section, String> section : report.version().answers().sections().entrySet()) {
      heading(2, labels.section(section.getKey()));
      paragraphs(section.getValue()).forEach(p -> text(Bidi.balanced(p), language));
    }
  }

  private void annex(Compilation compilation) {
    heading(1, labels.text("annex")).setPageBreak(true);
    text(labels.text("annex.caption") + ".", null);
    List<CompiledReport> reports = compilation.reports();
    Norm[] norms = Norm.values();
    XWPFTable table = document.createTable(reports.size() + 2, norms.length + 1);
    table.getRow(0).getCell(0).setText(labels.text("annex.state"));
    for (int n = 0; n < norms.length; n++) {
      table.getRow(0).getCell(n + 1).setText("(" + norms[n].letter() + ")");
    }
    for (int r = 0; r < reports.size(); r++) {
      table.getRow(r + 1).getCell(0).setText(reports.get(r).stateName());
      for (int n = 0; n < norms.length; n++) {
        table.getRow(r + 1).getCell(n + 1).setText(Compilation.covers(reports.get(r), norms[n]) ? "✓" : "");
      }
    }
    table.getRow(reports.size() + 1).getCell(0).setText(labels.text("annex.total"));
    for (int n = 0; n < norms.length; n++) {
      table.getRow(reports.size() + 1).getCell(n + 1).setText(String.valueOf(compilation.statesOn(norms[n])));
    }
    // Without widths LibreOffice gives every column the same and breaks the States' names letter by letter.
    table.getRows().forEach(row -> {
      row.getCell(0).setWidth("2600");
      row.getTableCells().stream().skip(1).forEach(cell -> cell.setWidth("560"));
    });
    if (labels.language().isRightToLeft()) {
      table.getCTTbl().getTblPr().addNewBidiVisual();
      table.getRows().forEach(row -> row.getTableCells().forEach(cell -> cell.getParagraphs()
          .forEach(p -> RightToLeft.paragraph(p))));
    }
  }

  private XWPFParagraph heading(int level, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setStyle("Heading" + level);
    paragraph.createRun().setText(text);
    if (labels.language().isRightToLeft()) {
      RightToLeft.paragraph(paragraph);
    }
    return paragraph;
  }

  /**
   * A paragraph; a State's text ({@code language} not null) carries its language, and its direction; the
   * compilation's own words take the direction of the compilation's language.
   */
  private XWPFRun text(String text, ReportLanguage language) {
    XWPFParagraph paragraph = document.createParagraph();
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    if (language != null) {
      run.setLang(language.wire());
      if (CompilationLabels.rightToLeft(language)) {
        RightToLeft.paragraph(paragraph);
      }
    } else if (labels.language().isRightToLeft()) {
      RightToLeft.paragraph(paragraph);
    }
    return run;
  }

  /** POI's new document has no heading styles; without them nothing lists the chapters. */
  private void headingStyles() {
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
      if (labels.language().isRightToLeft()) {
        run.addNewBCs();
        run.addNewSzCs().setVal(BigInteger.valueOf(HEADING_HALF_POINTS[level - 1]));
      }
      styles.addStyle(new XWPFStyle(style));
    }
  }
}
