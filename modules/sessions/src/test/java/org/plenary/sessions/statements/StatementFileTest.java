package org.plenary.sessions.statements;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.sessions.speakers.SpeakersSitting;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.SampleFiles;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A statement's file: France attaches its PDF; readers of the session download it; bad files refused")
class StatementFileTest {

  private final Api api = TestServer.api();

  private String statement(SpeakersSitting sitting, String persona) {
    String entry = sitting.inscribe(persona, 5);
    return api.as(persona).withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/speakers/" + entry + "/statement", new JsonObject().put("text", "Statement.").put("language", "fr"))
        .expect(201).json().getString("id");
  }

  private String file(String statement) {
    return "/statements/" + statement + "/file?filename=statement-france.pdf";
  }

  @Test
  @DisplayName("France posts its statement with a PDF: its SHA-256 is shown, Brazil downloads the same bytes")
  void francePostsItsPdf() throws Exception {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    String statement = statement(sitting, "delegate-fra");
    byte[] pdf = SampleFiles.pdf("Déclaration de la France");
    JsonObject attached = api.as("delegate-fra").upload(file(statement), SampleFiles.PDF, "statement-france.pdf", pdf)
        .expect(200).json().getJsonObject("file");
    assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), attached.getString("sha256"));
    assertEquals("/api/v1/statements/" + statement + "/file", attached.getString("href"));
    JsonObject listed = api.as("delegate-bra").get(sitting.statements(5)).expect(200).items().getJsonObject(0);
    assertEquals(attached, listed.getJsonObject("file"));
    Api.Downloaded download = api.as("delegate-bra").download(attached.getString("href"));
    assertEquals(200, download.status());
    assertArrayEquals(pdf, download.body());
    assertTrue(download.header("Content-Disposition").startsWith("attachment"), download.header("Content-Disposition"));
    assertEquals("nosniff", download.header("X-Content-Type-Options"));
    assertEquals(403, api.as("ps-contoso").download(attached.getString("href")).status());
  }

  @Test
  @DisplayName("Another's statement 403, a second file 409, an executable named .pdf 415, a concluded session 409;"
      + " nothing attached")
  void refusals() {
    SpeakersSitting sitting = SpeakersSitting.substantive(api, "states");
    String france = statement(sitting, "delegate-fra");
    byte[] pdf = SampleFiles.pdf("Statement");
    SpeakersSitting.refused(api.as("delegate-bra").upload(file(france), SampleFiles.PDF, "x.pdf", pdf), 403,
        "statement-by-its-delegation");
    api.as("delegate-fra").upload(file(france), SampleFiles.PDF, "renamed.pdf", SampleFiles.mz()).expectProblem(415);
    assertFalse(api.as("delegate-fra").get("/statements/" + france).expect(200).json().containsKey("file"));
    assertEquals(404, api.as("delegate-fra").download("/statements/" + france + "/file").status());
    api.as("delegate-fra").upload(file(france), SampleFiles.PDF, "statement.pdf", pdf).expect(200);
    SpeakersSitting.refused(api.as("delegate-fra").upload(file(france), SampleFiles.PDF, "again.pdf", pdf), 409,
        "one-file-per-statement");
    String estonia = statement(sitting, "delegate-est");
    sitting.conclude();
    SpeakersSitting.refused(api.as("delegate-est").upload(file(estonia), SampleFiles.PDF, "late.pdf", pdf), 409,
        "session-concluded");
    assertFalse(api.as("delegate-est").get("/statements/" + estonia).expect(200).json().containsKey("file"));
  }
}
