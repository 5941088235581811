package org.plenary.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Delegations;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Summaries in Markdown, HTML and Word, and the Chatham House Rule in every one of them")
class SummaryExportTest {

  /** Everything that would identify a participant of the fixture's thread. */
  private static final List<String> IDENTIFYING = List.of("Estonia", "EST", "Germany", "DEU", "Poland", "POL", "Brazil",
      "BRA", "France", "FRA", "Russian Federation", "RUS", "Indonesia", "IDN", "Malawi", "MWI", "Kenya", "KEN", "Japan",
      "JPN", "India", "IND", "Egypt", "EGY", "European Union", "Argentina", "Chile", "Mexico", "Open Networks Alliance",
      "Contoso", "Kadri Tamm", "Camille Laurent", "Dmitri Volkov", "Ana Souza", "Putri Wijaya", "Chikondi Banda",
      "Sofia Lindqvist", "Lucía Fernández", "Daniel Okafor", "Delegate of");

  private static Api api;
  private static String chathamHouseSummary;
  private static String openSummary;

  @BeforeAll
  static void summaries() throws Exception {
    api = TestServer.api();
    Delegations delegations = new Delegations(TestServer.running());
    String closed = SummaryFixture.callForPositions(api, delegations, true);
    chathamHouseSummary = api.as("moderator").post("/threads/" + closed + "/summaries").expect(201).json()
        .getString("id");
    String open = SummaryFixture.callForPositions(api, delegations, false);
    openSummary = api.as("moderator").post("/threads/" + open + "/summaries").expect(201).json().getString("id");
  }

  @Test
  @DisplayName("Under the Chatham House Rule no State code or name, organization or author appears in the JSON or any export")
  void chathamHouseEverywhere() throws Exception {
    Api moderator = api.as("moderator");
    List<String> documents = new ArrayList<>();
    documents.add(moderator.get("/summaries/" + chathamHouseSummary).expect(200).body());
    documents.add(moderator.get("/summaries/" + chathamHouseSummary + "/export?format=markdown").expect(200).body());
    documents.add(moderator.get("/summaries/" + chathamHouseSummary + "/export?format=html").expect(200).body());
    documents.add(docxText(download(moderator, chathamHouseSummary)));
    for (String document : documents) {
      for (String name : IDENTIFYING) {
        assertFalse(java.util.regex.Pattern.compile("\\b" + name + "\\b").matcher(document).find(),
            name + " appears in: " + document.substring(0, Math.min(2000, document.length())));
      }
    }
    assertTrue(documents.get(0).contains("a State"), "constituencies are named instead");
    long points = new JsonObject(documents.get(0)).getJsonObject("generated").getJsonArray("keyPoints").stream()
        .mapToLong(g -> ((JsonObject) g).getJsonArray("points").size()).sum();
    assertTrue(points >= 3, "the rule removes names, not the substance: " + points + " key points");
  }

  @Test
  @DisplayName("Under the Chatham House Rule, an edit that names a participant is refused")
  void chathamHouseEdit() {
    JsonObject current = api.as("moderator").get("/summaries/" + chathamHouseSummary).expect(200).json();
    String detail = api.as("moderator").put("/summaries/" + chathamHouseSummary + "/text", new JsonObject()
        .put("markdown", current.getString("markdown") + "\nKenya made a good point.")
        .put("baseVersion", current.getInteger("version"))).expectProblem(400);
    assertTrue(detail.contains("Chatham House"), detail);
  }

  @Test
  @DisplayName("Markdown and HTML exports carry the notice, headings and links to the cited posts")
  void markdownAndHtml() {
    Api moderator = api.as("moderator");
    String markdown = moderator.get("/summaries/" + openSummary + "/export?format=markdown").expect(200).body();
    assertTrue(markdown.startsWith("_Draft summary prepared by the moderators"), markdown.substring(0, 80));
    assertTrue(markdown.contains("## Key points"));
    var html = moderator.get("/summaries/" + openSummary + "/export?format=html").expect(200);
    assertTrue(html.header("Content-Type").startsWith("text/html"));
    assertTrue(html.body().contains("<h2>Key points</h2>"), html.body());
    assertTrue(html.body().contains("href=\"" + api.baseUrl() + "/threads/"), "absolute citation links");
  }

  @Test
  @DisplayName("The Word export is named by its thread and date, opens with a document heading, and cites posts in short"
      + " linked notes at the end; LibreOffice reads it so")
  void wordOpensInLibreOffice() throws Exception {
    HttpResponse<byte[]> response = response(api.as("moderator"), openSummary);
    String title = api.as("moderator").get("/summaries/" + openSummary).expect(200).json().getJsonObject("generated")
        .getString("threadTitle");
    String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    String slug = title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    assertEquals("attachment; filename=\"" + slug + "-" + day + ".docx\"; filename*=UTF-8''" + slug + "-" + day + ".docx",
        response.headers().firstValue("Content-Disposition").orElseThrow());
    byte[] docx = response.body();
    String text = docxText(docx);
    assertTrue(text.contains("Key points"), text);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<String> top = document.getParagraphs().stream().limit(4).map(p -> p.getText()).toList();
      assertEquals(List.of("United Nations — Regular institutional dialogue on ICT security",
          "Draft summary (not for circulation)"), top.subList(0, 2), "the document heading: " + top);
      assertTrue(top.get(2).startsWith(title + ", "), top.toString());
      assertTrue(document.getParagraphs().stream().anyMatch(p -> "Heading2".equals(p.getStyle())), "Word headings");
      assertTrue(document.getFootnotes().stream().allMatch(f -> f.getParagraphs().stream()
          .allMatch(p -> p.getText().isBlank())), "no footnote fills the page");
      List<org.apache.poi.xwpf.usermodel.XWPFParagraph> notes = document.getParagraphs().stream()
          .filter(p -> p.getText().matches("\\[\\d+] Post #\\d+.*")).toList();
      assertTrue(notes.size() >= 5, "citations are notes at the end: " + text);
      String note = notes.get(0).getText();
      assertFalse(note.contains("http"), "a note is short, its address in its link: " + note);
      String link = notes.get(0).getRuns().stream().filter(r -> r instanceof org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun)
          .map(r -> ((org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun) r).getHyperlink(document).getURL())
          .findFirst().orElseThrow(() -> new AssertionError("the note links to its post: " + note));
      assertTrue(link.matches(java.util.regex.Pattern.quote(api.baseUrl()) + "/threads/[0-9a-f-]{36}#post-\\d+"), link);
    }

    assumeTrue(Files.isExecutable(Path.of("/usr/bin/libreoffice")), "LibreOffice is not installed here");
    Path dir = Files.createTempDirectory("summary-docx");
    Files.write(dir.resolve("summary.docx"), docx);
    Process convert = new ProcessBuilder("/usr/bin/libreoffice", "-env:UserInstallation=file://" + dir.resolve("lo"),
        "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), dir.resolve("summary.docx").toString())
        .redirectErrorStream(true).start();
    assertTrue(convert.waitFor(120, TimeUnit.SECONDS), "LibreOffice finished");
    assertEquals(0, convert.exitValue(), new String(convert.getInputStream().readAllBytes()));
    assertTrue(Files.size(dir.resolve("summary.pdf")) > 1000, "a PDF was written");
    if (Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
      Process pdf = new ProcessBuilder("/usr/bin/pdftotext", dir.resolve("summary.pdf").toString(), "-").start();
      String pdfText = new String(pdf.getInputStream().readAllBytes());
      assertTrue(pdfText.contains("Key points") && pdfText.contains("Participation"), pdfText);
      assertTrue(pdfText.contains("Post #"), "the notes are in the PDF: " + pdfText);
      Process first = new ProcessBuilder("/usr/bin/pdftotext", "-f", "1", "-l", "1", dir.resolve("summary.pdf").toString(),
          "-").start();
      String firstPage = new String(first.getInputStream().readAllBytes());
      assertTrue(firstPage.startsWith("United Nations — Regular institutional dialogue on ICT security"), firstPage);
      assertFalse(firstPage.contains("/threads/"), "no address on the first page: " + firstPage);
    }
  }

  private static HttpResponse<byte[]> response(Api as, String id) throws Exception {
    String token = as.passwordGrant("moderator");
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(api.baseUrl() + "/api/v1/summaries/" + id + "/export?format=docx"))
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] download(Api as, String id) throws Exception {
    String token = as.passwordGrant("moderator");
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(api.baseUrl() + "/api/v1/summaries/" + id + "/export?format=docx"))
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        response.headers().firstValue("Content-Type").orElseThrow());
    return response.body();
  }

  private static String docxText(byte[] docx) throws Exception {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
         XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      StringBuilder text = new StringBuilder(extractor.getText());
      document.getFootnotes().forEach(f -> f.getParagraphs().forEach(p -> text.append('\n').append(p.getText())));
      return text.toString();
    }
  }
}
