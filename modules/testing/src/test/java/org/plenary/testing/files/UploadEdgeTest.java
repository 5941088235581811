package org.plenary.testing.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.SampleFiles;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A file uploaded as the request's body")
class UploadEdgeTest {

  private static final int LIMIT = 20 * 1024 * 1024;

  private final Api api = TestServer.api().as("delegate-fra");

  @AfterEach
  void nothingIsLeftInTheUploadDirectory() throws Exception {
    assertEquals(List.of(), StoredRows.leftInUploads(), "every temporary file is deleted when its request ends");
  }

  @Test
  @DisplayName("A PDF, a DOCX and an ODT are stored and served back byte for byte, as attachments of their type")
  void roundTrip() throws Exception {
    byte[][] files = {SampleFiles.pdf("Statement of France"), SampleFiles.docx("Déclaration de la France"),
        SampleFiles.odt("Statement")};
    String[] types = {SampleFiles.PDF, SampleFiles.DOCX, SampleFiles.ODT};
    String[] names = {"statement.pdf", "déclaration «France».docx", "statement.odt"};
    for (int i = 0; i < files.length; i++) {
      JsonObject stored = api.upload("/test-files", types[i], names[i], files[i]).expect(201).json();
      String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(files[i]));
      assertEquals(names[i], stored.getString("filename"));
      assertEquals(types[i], stored.getString("mediaType"));
      assertEquals(files[i].length, stored.getLong("size"));
      assertEquals(sha256, stored.getString("sha256"));
      assertEquals("/api/v1/test-files/" + stored.getString("id"), stored.getString("href"));

      Api.Downloaded download = api.download(stored.getString("href"));
      assertEquals(200, download.status());
      assertArrayEquals(files[i], download.body(), "the bytes served are the bytes stored");
      assertEquals(types[i], download.header("Content-Type"));
      assertEquals(String.valueOf(files[i].length), download.header("Content-Length"));
      assertEquals("nosniff", download.header("X-Content-Type-Options"));
      assertEquals("\"" + sha256 + "\"", download.header("ETag"));
      assertTrue(download.header("Content-Disposition").startsWith("attachment; "), download.header("Content-Disposition"));
    }
    assertEquals("attachment; filename=\"d_claration _France_.docx\"; filename*=UTF-8''d%C3%A9claration%20%C2%ABFrance%C2%BB.docx",
        api.download(api.upload("/test-files", SampleFiles.DOCX, names[1], files[1]).expect(201).json().getString("href"))
            .header("Content-Disposition"));
  }

  @Test
  @DisplayName("A file of 20 MB and one byte gets 413, whether its length is announced or not, and nothing is stored")
  void overTheLimit() throws Exception {
    List<Long> before = StoredRows.counts();
    byte[] big = new byte[LIMIT + 1];
    byte[] pdf = SampleFiles.pdf("big");
    System.arraycopy(pdf, 0, big, 0, pdf.length);
    String problem = api.upload("/test-files", SampleFiles.PDF, "big.pdf", big).expectProblem(413);
    assertTrue(problem.contains("20971520 bytes"), problem);

    // Without a Content-Length (chunked), the limit is found while the body streams in.
    HttpRequest chunked = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/test-files?filename=big.pdf"))
        .header("Content-Type", SampleFiles.PDF).header("Authorization", "Bearer " + api.passwordGrant("delegate-fra"))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
    HttpResponse<String> answer = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
    assertEquals(413, answer.statusCode(), answer.body());
    assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));

    // Exactly at the limit is fine.
    byte[] atLimit = java.util.Arrays.copyOf(big, LIMIT);
    api.upload("/test-files", SampleFiles.PDF, "limit.pdf", atLimit).expect(201);
    assertEquals(before.get(0) + 1, StoredRows.counts().get(0), "only the file within the limit is stored");
  }

  @Test
  @DisplayName("Bytes that are not what the Content-Type says get 415: a renamed executable, a DOCX declared as a PDF")
  void notWhatItSays() {
    List<Long> before = StoredRows.counts();
    assertTrue(api.upload("/test-files", SampleFiles.PDF, "setup.pdf", SampleFiles.elf()).expectProblem(415)
        .contains("application/pdf"));
    api.upload("/test-files", SampleFiles.PDF, "setup.pdf", SampleFiles.mz()).expectProblem(415);
    String docxAsPdf = api.upload("/test-files", SampleFiles.PDF, "statement.pdf", SampleFiles.docx("x")).expectProblem(415);
    assertTrue(docxAsPdf.contains("no PDF file"), docxAsPdf);
    String pdfAsDocx = api.upload("/test-files", SampleFiles.DOCX, "statement.docx", SampleFiles.pdf("x")).expectProblem(415);
    assertTrue(pdfAsDocx.contains("DOCX"), pdfAsDocx);
    String odtAsDocx = api.upload("/test-files", SampleFiles.DOCX, "statement.docx", SampleFiles.odt("x")).expectProblem(415);
    assertTrue(odtAsDocx.contains("ODT"), odtAsDocx);
    api.upload("/test-files", SampleFiles.ODT, "x.odt", SampleFiles.docx("x")).expectProblem(415);
    // A ZIP that is neither.
    api.upload("/test-files", SampleFiles.DOCX, "x.docx", java.util.Arrays.copyOf(SampleFiles.odt("x"), 60)).expectProblem(415);
    // A Content-Type that is not one of the operation's.
    String json = api.upload("/test-files", "application/json", "x.pdf", "{}".getBytes()).expectProblem(415);
    assertTrue(json.contains("application/pdf"), json);
    api.upload("/test-files", "application/octet-stream", "x.pdf", SampleFiles.pdf("x")).expectProblem(415);
    assertEquals(before, StoredRows.counts(), "nothing is stored");
  }

  @Test
  @DisplayName("A file without a name gets 400")
  void withoutName() {
    List<Long> before = StoredRows.counts();
    assertTrue(api.upload("/test-files", SampleFiles.PDF, null, SampleFiles.pdf("x")).expectProblem(400).contains("filename"));
    assertTrue(api.upload("/test-files", SampleFiles.PDF, "   ", SampleFiles.pdf("x")).expectProblem(400).contains("filename"));
    api.upload("/test-files", SampleFiles.PDF, "x".repeat(201), SampleFiles.pdf("x")).expectProblem(400);
    assertTrue(api.upload("/test-files", SampleFiles.PDF, "empty.pdf", new byte[0]).expectProblem(400).contains("no body"));
    assertEquals(before, StoredRows.counts());
  }

  @Test
  @DisplayName("When the caller's transaction fails after the file is stored, no file row or byte is left")
  void failedTransactionLeavesNothing() {
    List<Long> before = StoredRows.counts();
    api.upload("/test-files?then=fail", SampleFiles.PDF, "statement.pdf", SampleFiles.pdf("x")).expectProblem(409);
    assertEquals(before, StoredRows.counts());
  }

  @Test
  @DisplayName("A file that is not there gets 404")
  void absent() {
    api.get("/test-files/3f2b6c1e-0d4a-4c8e-9b7a-2e5f8d9c1a00").expectProblem(404);
  }
}
