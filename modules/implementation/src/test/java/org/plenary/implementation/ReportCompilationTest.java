package org.plenary.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The compilation of a cycle's national reports for the Secretary-General, in Word and HTML")
class ReportCompilationTest {

  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final Api api = TestServer.api();
  private final ReportFixtures fixtures = new ReportFixtures(api);

  @Test
  @DisplayName("The Secretariat compiles the cycle and the .docx opens in LibreOffice with both States in"
      + " alphabetical order")
  void secretariatCompilesAndLibreOfficeOpensIt() throws Exception {
    String cycle = fixtures.cycle();
    fixtures.published("delegate-mwi", cycle, "MWI", "states", "en", "g");
    fixtures.published("delegate-fra", cycle, "FRA", "public", "fr", "c", "f", "j");

    Api.Downloaded docx = api.as("secretariat").download("/reporting-cycles/" + cycle + "/compilation.docx");
    assertEquals(200, docx.status());
    assertEquals(DOCX, docx.header("Content-Type"));
    Path dir = Files.createTempDirectory("compilation");
    Files.write(dir.resolve("compilation.docx"), docx.body());
    Process convert = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=file://" + dir.resolve("profile"),
        "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), dir.resolve("compilation.docx").toString())
        .redirectErrorStream(true).start();
    assertTrue(convert.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
    assertEquals(0, convert.exitValue(), new String(convert.getInputStream().readAllBytes()));
    Process pdf = new ProcessBuilder("/usr/bin/pdftotext", dir.resolve("compilation.pdf").toString(), "-")
        .start();
    String text = new String(pdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    assertTrue(pdf.waitFor(60, TimeUnit.SECONDS));

    int france = text.indexOf("1. France");
    int malawi = text.indexOf("2. Malawi");
    assertTrue(france >= 0 && malawi > france, "France, then Malawi: " + text);
    int chapterFrance = text.indexOf("1. France", malawi);
    assertTrue(chapterFrance > malawi && text.indexOf("2. Malawi", chapterFrance) > chapterFrance,
        "the chapters follow the contents in the same order: " + text);
    assertTrue(text.contains("Original language: French (fr)"), text);
    assertTrue(text.contains("Original language: English (en)"), text);
    assertTrue(text.contains("Our understanding of norm (j)."), "France's text is in it: " + text);
    assertTrue(text.contains("for States and the Secretariat only"), "Malawi's report for States is in it");
    assertTrue(text.contains("Annex: coverage of the norms") && text.contains("States reporting"), text);
  }

  @Test
  @DisplayName("A new version published before the cut-off is in the next export; the HTML is sanitised")
  void regeneratedWithTheNewVersionAndSanitised() {
    String cycle = fixtures.cycle();
    fixtures.published("delegate-fra", cycle, "FRA", "public", "fr", "c");
    String first = html(api.as("secretariat"), cycle);
    assertTrue(first.contains("Version 1, published"), first);
    assertFalse(first.contains("Norm (j)"), first);

    Api france = api.as("delegate-fra");
    JsonObject answers = ReportFixtures.answers("c", "j");
    answers.getJsonObject("norms").getJsonObject("norm-j").put("practice", "<script>alert('x')</script> and more");
    france.put(ReportFixtures.report(cycle, "FRA") + "/draft", ReportFixtures.save(1, "fr", answers)).expect(200);
    fixtures.submit(france, cycle, "FRA").expect(200);
    fixtures.publish(france, cycle, "FRA", "public").expect(200);

    String second = html(api.as("secretariat"), cycle);
    assertTrue(second.contains("Version 2, published") && second.contains("Norm (j)"), second);
    assertTrue(second.contains("lang=\"fr\""), "the report's language is marked: " + second);
    assertFalse(second.contains("<script"), second);
    assertTrue(second.contains("&lt;script&gt;"), "the State's text stays text: " + second);
  }

  @Test
  @DisplayName("After the cut-off date the compilation keeps what was published by then: a late report is not in it")
  void lateReportsStayOut() {
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    String cycle = fixtures.cycle(yesterday);
    fixtures.published("delegate-fra", cycle, "FRA", "public", "fr", "c");
    String html = html(api.as("secretariat"), cycle);
    assertFalse(html.contains("France"), html);
    assertTrue(html.contains("cut-off date of " + yesterday), html);
  }

  @Test
  @DisplayName("States read the compilation; anonymous readers, stakeholders and the EU may not export it")
  void whoMayNotExport() {
    String cycle = fixtures.cycle();
    fixtures.published("delegate-mwi", cycle, "MWI", "states", "en", "g");
    String path = "/reporting-cycles/" + cycle + "/compilation.docx";
    assertEquals(401, api.anonymous().download(path).status());
    String stakeholder = api.as("cs-opennet").get(path).expectProblem(403);
    assertTrue(stakeholder.contains("published for States and the Secretariat only"), stakeholder);
    api.as("delegate-eu").get("/reporting-cycles/" + cycle + "/compilation.html").expectProblem(403);
    assertTrue(html(api.as("delegate-bra"), cycle).contains("Malawi"), "a State reads it, Malawi's report with it");
    api.as("secretariat").get("/reporting-cycles/no-such-cycle/compilation.html").expectProblem(404);
  }

  private static String html(Api as, String cycle) {
    var response = as.get("/reporting-cycles/" + cycle + "/compilation.html").expect(200);
    assertTrue(response.header("Content-Type").startsWith("text/html"));
    return response.body();
  }
}
