package org.plenary.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.SampleFiles;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Language versions: a file per official language, its SHA-256 kept, downloaded as its distribution allows")
class LanguageVersionsTest {

  private final Api api = TestServer.api();
  private final DocumentFixtures fixtures = new DocumentFixtures(api);

  private String path(String documentId, String language) {
    return "/documents/" + documentId + "/languages/" + language;
  }

  @Test
  @DisplayName("English (original) and French versions of a CRP, then a replaced English file; each downloads as an attachment with its SHA-256")
  void englishAndFrench() throws Exception {
    String id = fixtures.issued(DocumentFixtures.document(DocumentFixtures.body() + "/" + DocumentFixtures.uniqueYear()
        + "/CRP.1", "Elements for the annual progress report")).getString("id");
    byte[] english = SampleFiles.pdf("Elements for the annual progress report");
    api.as("secretariat").upload(path(id, "en") + "?original=true", SampleFiles.PDF, "crp1-en.pdf", english)
        .expect(200);
    byte[] french = SampleFiles.docx("Elements du rapport annuel");
    JsonObject document = api.as("secretariat").upload(path(id, "fr") + "?advanceUnedited=true", SampleFiles.DOCX,
        "crp1-fr.docx", french).expect(200).json();
    assertEquals(List.of("en", "fr"), document.getJsonArray("languages").stream()
        .map(v -> ((JsonObject) v).getString("language")).toList());
    JsonObject en = document.getJsonArray("languages").getJsonObject(0);
    JsonObject fr = document.getJsonArray("languages").getJsonObject(1);
    assertEquals(true, en.getBoolean("original"));
    assertEquals(true, fr.getBoolean("advanceUnedited"));
    assertEquals(sha256(english), en.getJsonObject("file").getString("sha256"));
    assertEquals(english.length, en.getJsonObject("file").getLong("size"));
    assertEquals("crp1-fr.docx", fr.getJsonObject("file").getString("filename"));

    Api.Downloaded download = api.anonymous().download(path(id, "fr") + "/file");
    assertEquals(200, download.status());
    assertArrayEquals(french, download.body());
    assertTrue(download.header("Content-Disposition").startsWith("attachment"), download.header("Content-Disposition"));
    assertEquals("nosniff", download.header("X-Content-Type-Options"));

    byte[] corrected = SampleFiles.pdf("Elements for the annual progress report, as corrected");
    JsonObject replaced = api.as("secretariat").upload(path(id, "en"), SampleFiles.PDF, "crp1-en-v2.pdf", corrected)
        .expect(200).json();
    assertEquals(2, replaced.getJsonArray("languages").size(), "replaced, not added");
    assertEquals(sha256(corrected), replaced.getJsonArray("languages").getJsonObject(0).getJsonObject("file")
        .getString("sha256"));
    assertArrayEquals(corrected, api.anonymous().download(path(id, "en") + "/file").body());
    assertEquals(404, api.anonymous().download(path(id, "ru") + "/file").status(), "no Russian version");
  }

  @Test
  @DisplayName("One original language: marking another unmarks the first")
  void oneOriginal() {
    String id = fixtures.issued(DocumentFixtures.document(DocumentFixtures.body() + "/" + DocumentFixtures.uniqueYear()
        + "/WP.1", "Working paper")).getString("id");
    api.as("secretariat").upload(path(id, "es") + "?original=true", SampleFiles.PDF, "wp1-es.pdf",
        SampleFiles.pdf("Documento de trabajo")).expect(200);
    JsonObject document = api.as("secretariat").upload(path(id, "en") + "?original=true", SampleFiles.PDF,
        "wp1-en.pdf", SampleFiles.pdf("Working paper")).expect(200).json();
    assertEquals(List.of("en"), document.getJsonArray("languages").stream().map(JsonObject.class::cast)
        .filter(v -> v.getBoolean("original")).map(v -> v.getString("language")).toList());
  }

  @Test
  @DisplayName("Refused: a delegate's upload (403), an unknown document (404), a renamed executable (415), one byte over the limit (413); nothing is kept")
  void refusals() {
    String id = fixtures.issued(DocumentFixtures.document(DocumentFixtures.body() + "/" + DocumentFixtures.uniqueYear()
        + "/1", "Provisional agenda")).getString("id");
    byte[] pdf = SampleFiles.pdf("Provisional agenda");
    assertEquals("/problems/documents-issued-by-secretariat", api.as("delegate-fra")
        .upload(path(id, "en"), SampleFiles.PDF, "agenda.pdf", pdf).expect(403).json().getString("type"));
    assertEquals(404, api.as("secretariat").upload(path(java.util.UUID.randomUUID().toString(), "en"), SampleFiles.PDF,
        "agenda.pdf", pdf).status());
    assertEquals(415, api.as("secretariat").upload(path(id, "en"), SampleFiles.PDF, "agenda.pdf", SampleFiles.elf())
        .status());
    byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
    System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
    assertEquals(413, api.as("secretariat").upload(path(id, "en"), SampleFiles.PDF, "agenda.pdf", tooLarge).status());
    assertEquals(400, api.as("secretariat").upload(path(id, "xx"), SampleFiles.PDF, "agenda.pdf", pdf).status());
    assertEquals(0, api.anonymous().get("/documents/" + id).expect(200).json().getJsonArray("languages").size());
  }

  @Test
  @DisplayName("A restricted document's file is downloaded by States and the Secretariat, a 404 for the public and stakeholders")
  void restrictedDownload() {
    String id = fixtures.issued(DocumentFixtures.document(DocumentFixtures.body() + "/" + DocumentFixtures.uniqueYear()
        + "/2", "Note by the Secretariat").put("distribution", "restricted")).getString("id");
    api.as("secretariat").upload(path(id, "en"), SampleFiles.PDF, "note.pdf", SampleFiles.pdf("Note")).expect(200);
    assertEquals(404, api.anonymous().download(path(id, "en") + "/file").status());
    assertEquals(404, api.as("ps-contoso").download(path(id, "en") + "/file").status());
    assertEquals(200, api.as("delegate-bra").download(path(id, "en") + "/file").status());
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
