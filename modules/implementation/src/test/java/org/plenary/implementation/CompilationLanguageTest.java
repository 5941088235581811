package org.plenary.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.i18n.Messages;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The compilation in the language asked for, each report in its own language, marked")
class CompilationLanguageTest {

  private final Api api = TestServer.api();
  private final ReportFixtures fixtures = new ReportFixtures(api);

  @Test
  @DisplayName("The six files of the compilation's catalogue have the same keys and arguments")
  void catalogueIsWhole() {
    assertEquals(List.of(), Messages.of("compilation").gaps());
  }

  @Test
  @DisplayName("Asked in French, the compilation's words are French; each report keeps its language, named in French")
  void french() {
    String cycle = fixtures.cycle();
    fixtures.published("delegate-mwi", cycle, "MWI", "states", "en", "g");
    fixtures.published("delegate-fra", cycle, "FRA", "public", "fr", "c");
    String html = api.as("secretariat").get("/reporting-cycles/" + cycle + "/compilation.html?lang=fr").expect(200)
        .body();
    assertTrue(html.startsWith("<!doctype html>\n<html lang=\"fr\"><head>"), html.substring(0, 60));
    assertTrue(html.contains("<h2 id=\"contents\">Table des matières</h2>"), html);
    assertTrue(html.contains("Langue originale : anglais (en). Version 1, publiée le "), html);
    assertTrue(html.contains("(réservée aux États et au Secrétariat)"), html);
    assertTrue(html.contains("Norme (g) : Protection des infrastructures critiques"), html);
    assertTrue(html.contains("<h2>Annexe : couverture des normes</h2>"), html);
    assertTrue(html.contains("Our understanding of norm (g)."), "Malawi's report stays in English: " + html);
    assertFalse(html.contains("Original language"), html);
    String english = api.as("secretariat").get("/reporting-cycles/" + cycle + "/compilation.html").expect(200).body();
    assertTrue(english.contains("Original language: French (fr)"), "without ?lang=, English: " + english);
  }

  @Test
  @DisplayName("Asked in Arabic, the .docx reads right to left around a French report that keeps its direction,"
      + " and LibreOffice shows the Arabic words")
  void arabicWord() throws Exception {
    String cycle = fixtures.cycle();
    fixtures.published("delegate-fra", cycle, "FRA", "public", "fr", "c");
    Api.Downloaded download = api.as("secretariat").download("/reporting-cycles/" + cycle + "/compilation.docx?lang=ar");
    assertEquals(200, download.status());
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
      XWPFParagraph contents = paragraph(document, "المحتويات");
      assertTrue(contents.getCTP().getPPr().isSetBidi(), "the compilation's own words read right to left");
      assertTrue(contents.getRuns().get(0).getCTR().getRPr().sizeOfRtlArray() == 1);
      XWPFParagraph french = paragraph(document, "Our understanding of norm (c).");
      assertFalse(french.getCTP().isSetPPr() && french.getCTP().getPPr().isSetBidi(), "France's text reads left to right");
      assertTrue(document.getDocument().getBody().getSectPr().isSetBidi(), "the page reads right to left");
      assertTrue(document.getTables().get(0).getCTTbl().getTblPr().isSetBidiVisual(), "the annex's table too");
    }

    Path dir = Files.createTempDirectory("compilation-ar");
    Files.write(dir.resolve("compilation.docx"), download.body());
    Process convert = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=file://" + dir.resolve("profile"),
        "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), dir.resolve("compilation.docx").toString())
        .redirectErrorStream(true).start();
    if (!convert.waitFor(150, TimeUnit.SECONDS)) {
      convert.destroyForcibly();
      throw new AssertionError("LibreOffice did not convert the Arabic compilation within 150 s");
    }
    assertEquals(0, convert.exitValue(), new String(convert.getInputStream().readAllBytes()));
    Process pdf = new ProcessBuilder("/usr/bin/pdftotext", "-raw", dir.resolve("compilation.pdf").toString(), "-")
        .start();
    String text = new String(pdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(pdf.waitFor(60, TimeUnit.SECONDS));
    assertTrue(hasLine(text, "المحتويات"), text);
    assertTrue(hasLine(text, "المرفق: تغطية القواعد") || hasLine(text, "تغطية القواعد"), text);
    assertTrue(text.replaceAll("\\s+", " ").contains("Our understanding of norm (c)"), "France's text, as written: " + text);
  }

  private static XWPFParagraph paragraph(XWPFDocument document, String text) {
    return document.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph " + text));
  }

  /** pdftotext gives right-to-left words in drawing order, inside directional marks: read the line back. */
  private static boolean hasLine(String text, String phrase) {
    return text.lines().map(line -> line.replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "").strip())
        .map(line -> {
          List<String> words = new ArrayList<>(List.of(line.split("\\s+")));
          Collections.reverse(words);
          return String.join(" ", words);
        }).anyMatch(line -> line.contains(phrase));
  }
}
