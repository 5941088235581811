package org.plenary.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.Response;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("A summary cites a good practice as it cites a post, in its text and in its exports")
class PracticeCitationsTest {

  private final Api api = TestServer.api();

  private String summaryOfANewThread() {
    Dialogue dialogue = Dialogue.on(api);
    String thread = dialogue.openThread("moderator", "norms");
    dialogue.comment("delegate-bra", thread, "Vulnerability disclosure deserves a common approach.");
    return api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json().getString("id");
  }

  private String practice(String title) {
    JsonObject body = new JsonObject().put("title", title).put("what", "Reports of vulnerabilities are coordinated.")
        .put("language", "en").put("norms", new JsonArray().add("norm-j"));
    return api.as("delegate-mwi").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/good-practices", body).expect(201).json().getString("id");
  }

  @Test
  @DisplayName("The moderator cites Malawi's practice: the text names it with Malawi and links to it, in the page, the"
      + " HTML export and the Word export's note")
  void citedInTextAndExports() throws Exception {
    String title = "A disclosure desk " + UUID.randomUUID().toString().substring(0, 6);
    String practice = practice(title);
    String summary = summaryOfANewThread();
    Api moderator = api.as("moderator");
    JsonObject edited = moderator.put("/summaries/" + summary + "/text", new JsonObject()
        .put("markdown", "# Summary\n\nDelegations pointed to [a practice](/practices/" + practice + ").")
        .put("baseVersion", 1)).expect(200).json();

    assertTrue(edited.getString("markdown").contains("[" + title + " (Malawi)](/practices/" + practice + ")"),
        edited.getString("markdown"));
    assertTrue(edited.getString("bodyHtml").contains("href=\"/practices/" + practice + "\"")
        && edited.getString("bodyHtml").contains(title + " (Malawi)</a>"), edited.getString("bodyHtml"));
    String html = moderator.get("/summaries/" + summary + "/export?format=html").expect(200).body();
    assertTrue(html.contains("/practices/" + practice + "\"") && html.contains("://"), "an absolute link: " + html);

    byte[] docx = moderator.download("/summaries/" + summary + "/export?format=docx").body();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      // the note names it and links to its page at the platform's public address
      org.apache.poi.xwpf.usermodel.XWPFParagraph note = document.getParagraphs().stream()
          .filter(p -> p.getText().matches("\\[\\d+] Good practice\\.")).findFirst()
          .orElseThrow(() -> new AssertionError("no note of the good practice"));
      assertTrue(note.getRuns().stream().filter(r -> r instanceof org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun)
          .map(r -> ((org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun) r).getHyperlink(document).getURL())
          .anyMatch(url -> url.contains("://") && url.endsWith("/practices/" + practice)), note.getText());
    }

    JsonObject preview = moderator.post("/summaries/" + summary + "/preview",
        new JsonObject().put("markdown", "[it](/practices/" + practice + ")")).expect(200).json();
    assertTrue(preview.getString("html").contains(title + " (Malawi)"), preview.encode());
  }

  @Test
  @DisplayName("Citing a practice that does not exist is a 422 naming the rule; the summary keeps its version")
  void unknownPractice() {
    String summary = summaryOfANewThread();
    Response refused = api.as("moderator").put("/summaries/" + summary + "/text", new JsonObject()
        .put("markdown", "See [this](/practices/" + UUID.randomUUID() + ").").put("baseVersion", 1));
    refused.expectProblem(422);
    assertTrue(refused.json().getString("type").endsWith("unknown-practice"), refused.body());
    assertEquals(1, api.as("moderator").get("/summaries/" + summary).expect(200).json().getInteger("version"));
  }
}
