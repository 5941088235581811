package org.plenary.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.i18n.Messages;
import org.plenary.summary.export.Notice;
import org.plenary.testing.Api;
import org.plenary.testing.Delegations;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Summaries exported in the language asked for; Arabic reads right to left")
class SummaryExportLanguageTest {

  private static Api moderator;
  private static String summary;

  @BeforeAll
  static void summary() throws Exception {
    Api api = TestServer.api();
    moderator = api.as("moderator");
    String thread = SummaryFixture.callForPositions(api, new Delegations(TestServer.running()), false);
    summary = moderator.post("/threads/" + thread + "/summaries").expect(201).json().getString("id");
  }

  @Test
  @DisplayName("The six files of the summary's catalogue have the same keys and arguments")
  void catalogueIsWhole() {
    assertEquals(List.of(), Messages.of("summary").gaps());
  }

  @Test
  @DisplayName("The Chair's summary says in every language that it is not agreed text")
  void noticeInEveryLanguage() {
    assertEquals("Chair's summary. Issued on the Chair's own responsibility: it is not agreed text and does not"
        + " commit any delegation.", Notice.of("published"));
    assertTrue(Notice.of("published", Language.FR).startsWith("Résumé du Président."));
    assertTrue(Notice.of("published", Language.FR).contains("texte convenu"));
    assertTrue(Notice.of("published", Language.ES).contains("no es un texto acordado"));
    assertTrue(Notice.of("published", Language.RU).contains("не является согласованным текстом"));
    assertTrue(Notice.of("published", Language.AR).contains("ليس نصًا متفقًا عليه"));
    assertTrue(Notice.of("published", Language.ZH).contains("并非商定案文"));
  }

  @Test
  @DisplayName("?lang=fr gives the French notice and headings; the browser's French does too; the text stays as written")
  void frenchHtmlAndMarkdown() {
    String html = moderator.get("/summaries/" + summary + "/export?format=html&lang=fr").expect(200).body();
    assertTrue(html.startsWith("<!doctype html>\n<html lang=\"fr\"><head>"), html.substring(0, 60));
    assertTrue(html.contains("Projet de résumé établi par les modérateurs. Ne pas diffuser."), html);
    assertTrue(html.contains("<h2>Points essentiels</h2>") && html.contains("<h2>Participation</h2>"), html);
    assertFalse(html.contains("<h2>Key points</h2>"), html);
    assertTrue(html.contains("<h3>Contributions du secteur privé</h3>"), "key points by constituency: " + html);
    String markdown = moderator.withHeader("Accept-Language", "fr-CH, en;q=0.5")
        .get("/summaries/" + summary + "/export?format=markdown").expect(200).body();
    assertTrue(markdown.startsWith("_Projet de résumé"), markdown.substring(0, 80));
    assertTrue(markdown.contains("\n## Convergences\n") && markdown.contains("\n# Résumé : "), markdown);
    assertTrue(markdown.contains("contributions from"), "the summary's own sentences are not translated");
    moderator.get("/summaries/" + summary + "/export?format=html&lang=de").expectProblem(400);
  }

  @Test
  @DisplayName("The Arabic HTML page is marked Arabic and right to left")
  void arabicHtml() {
    String html = moderator.get("/summaries/" + summary + "/export?format=html&lang=ar").expect(200).body();
    assertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"), html.substring(0, 80));
    assertTrue(html.contains("<h2>النقاط الرئيسية</h2>"), html);
  }

  @Test
  @DisplayName("The Arabic .docx is bidirectional throughout, and LibreOffice shows its Arabic headings at the right")
  void arabicWordReadsRightToLeft() throws Exception {
    Api.Downloaded download = moderator.download("/summaries/" + summary + "/export?format=docx&lang=ar");
    assertEquals(200, download.status());
    byte[] docx = download.body();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<XWPFParagraph> paragraphs = document.getParagraphs();
      assertTrue(paragraphs.stream().allMatch(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetBidi()),
          "every paragraph is bidi");
      assertTrue(paragraphs.stream().flatMap(p -> p.getRuns().stream())
          .allMatch(r -> r.getCTR().getRPr().sizeOfRtlArray() == 1), "every run is rtl");
      assertTrue(document.getDocument().getBody().getSectPr().isSetBidi(), "the section reads right to left");
      assertTrue(paragraphs.stream().anyMatch(p -> "Heading2".equals(p.getStyle())
          && p.getText().equals("النقاط الرئيسية")), "an Arabic Word heading");
      assertEquals(0, document.getFootnotes().stream().filter(f -> !f.getParagraphs().isEmpty()
          && !f.getParagraphs().get(0).getText().isBlank()).count(), "citations are notes at the end, not footnotes");
      assertTrue(paragraphs.stream().anyMatch(p -> p.getText().startsWith("[1] المشاركة رقم ")), "the notes");
    }

    Path dir = Files.createTempDirectory("summary-ar");
    Files.write(dir.resolve("summary.docx"), docx);
    Process convert = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=file://" + dir.resolve("lo"),
        "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), dir.resolve("summary.docx").toString())
        .redirectErrorStream(true).start();
    if (!convert.waitFor(150, TimeUnit.SECONDS)) {
      convert.destroyForcibly();
      throw new AssertionError("LibreOffice did not convert the Arabic document within 150 s");
    }
    assertEquals(0, convert.exitValue(), new String(convert.getInputStream().readAllBytes()));
    String text = pdfText(dir, "-raw");
    assertTrue(hasLine(text, "النقاط الرئيسية"), "the Arabic heading is in the PDF: " + text);
    assertTrue(hasLine(text, "المواقف"), text);
    assertTrue(hasLine(text, "مشروع موجز"), "the Arabic notice: " + text);

    // Where LibreOffice set the heading: its words end at the right margin, not the left one.
    String boxes = pdfText(dir, "-bbox");
    Matcher page = Pattern.compile("<page width=\"([\\d.]+)\"").matcher(boxes);
    assertTrue(page.find(), boxes);
    double width = Double.parseDouble(page.group(1));
    Matcher word = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\"[^>]*>([^<]*)</word>")
        .matcher(boxes);
    double rightmost = 0;
    while (word.find()) {
      // -bbox gives each word's letters in the order they are drawn, right to left: reversed.
      String drawn = new StringBuilder(Normalizer.normalize(word.group(3), Normalizer.Form.NFKC)).reverse().toString();
      if (drawn.contains("الرئيسية")) {
        rightmost = Math.max(rightmost, Double.parseDouble(word.group(2)));
      }
    }
    assertTrue(rightmost > width * 0.75, "the heading is at the right: it ends at " + rightmost + " of " + width);
  }

  /**
   * Whether a line of pdftotext's output holds {@code phrase}: pdftotext gives right-to-left words in the order they
   * are drawn (the last word first), each inside directional marks, so the line is read back in logical order.
   */
  private static boolean hasLine(String text, String phrase) {
    return text.lines().map(line -> line.replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "").strip())
        .map(line -> {
          List<String> words = new java.util.ArrayList<>(List.of(line.split("\\s+")));
          java.util.Collections.reverse(words);
          return String.join(" ", words);
        }).anyMatch(line -> line.contains(phrase));
  }

  /** pdftotext's text of the converted PDF, compatibility forms (Arabic presentation forms) folded. */
  private static String pdfText(Path dir, String mode) throws Exception {
    Process pdf = new ProcessBuilder("/usr/bin/pdftotext", mode, dir.resolve("summary.pdf").toString(), "-").start();
    String text = new String(pdf.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(pdf.waitFor(30, TimeUnit.SECONDS));
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }
}
