package org.plenary.server.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Small real files for the demo's language versions: a one-page PDF written by hand (Helvetica, the Latin
 * languages: its WinAnsi encoding has their letters) and a DOCX made with Apache POI for the languages whose
 * scripts need the reader's own fonts (Arabic, Chinese, Russian), which a PDF would have to embed.
 */
final class DemoFiles {

  private DemoFiles() {
  }

  /** A PDF of one page showing {@code lines}, its cross-reference table counted from the bytes written. */
  static byte[] pdf(List<String> lines) {
    StringBuilder text = new StringBuilder("BT /F1 13 Tf 72 760 Td 16 TL");
    lines.forEach(line -> text.append(" (").append(escape(line)).append(") '"));
    text.append(" ET");
    byte[] content = text.toString().getBytes(StandardCharsets.ISO_8859_1);
    List<String> objects = List.of(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    offsets.add(out.size());
    write(out, "5 0 obj\n<< /Length " + content.length + " >>\nstream\n");
    out.writeBytes(content);
    write(out, "\nendstream\nendobj\n");
    int xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
    offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
    write(out, table + "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
    return out.toByteArray();
  }

  /** A DOCX of {@code lines}, right to left when {@code rightToLeft} (Arabic). */
  static byte[] docx(List<String> lines, boolean rightToLeft) {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : lines) {
        XWPFParagraph paragraph = document.createParagraph();
        if (rightToLeft) {
          paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = paragraph.createRun();
        run.setText(line);
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escape(String line) {
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
