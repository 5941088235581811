package org.plenary.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.i18n.Language;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Machine translation of summaries and thread introductions: quotations keep the words that were said")
class SummaryTranslationTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @BeforeEach
  void apertiumIsThere() {
    boolean installed = TranslationContexts.APERTIUM.serves(Language.EN, Language.ES);
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError("Apertium is not installed: CI must install it (.ci/run)");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(installed, "Apertium is not installed");
  }

  @Test
  @DisplayName("A summary in Spanish: its own words translated, its quotations and block quotations as they were said")
  void summaryKeepsQuotations() {
    String thread = dialogue.openThread("moderator", "norms");
    dialogue.comment("delegate-mwi", thread, "Critical infrastructure must be protected.");
    JsonObject summary = api.as("moderator").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/threads/" + thread + "/summaries").expect(201).json();
    String id = summary.getString("id");
    String markdown = "The States cooperate. Malawi said “the critical infrastructure must be protected”.\n\n"
        + "> The States cooperate in good faith.\n";
    api.as("moderator").put("/summaries/" + id + "/text", new JsonObject().put("markdown", markdown)
        .put("baseVersion", summary.getInteger("version"))).expect(200);

    JsonObject spanish = api.as("moderator").get("/summaries/" + id + "/translation?to=es").expect(200).json();
    String html = spanish.getString("html");
    assertTrue(html.startsWith("<p>Los Estados cooperan."), html);
    assertTrue(html.contains("“the critical infrastructure must be protected”"), "quoted words kept: " + html);
    assertTrue(html.contains("<blockquote>") && html.contains("The States cooperate in good faith."),
        "block quotation kept: " + html);
    assertEquals("summary", spanish.getString("kind"));
    assertEquals("en", spanish.getString("from"));
    assertEquals(404, api.anonymous().get("/summaries/" + id + "/translation?to=es").status(),
        "a draft summary is only for those who run the dialogue, and so is its translation");
  }

  @Test
  @DisplayName("A thread's title and introduction, translated afresh once the introduction is edited")
  void threadIntroduction() {
    String thread = dialogue.openThread("delegate-mwi", "norms", new JsonObject().put("title", "Infraestructura crítica")
        .put("language", "es").put("body", "Los Estados cooperan."));
    JsonObject english = api.as("delegate-fra").get("/threads/" + thread + "/translation?to=en").expect(200).json();
    assertTrue(english.getString("html").contains("The States cooperate."), english.getString("html"));
    assertTrue(english.getString("html").startsWith("<h2>"), english.getString("html"));
    assertTrue(api.anonymous().get("/threads/" + thread + "/translation?to=en").expect(200).json()
        .getBoolean("cached"));
    api.as("delegate-mwi").patch("/threads/" + thread, new JsonObject().put("body", "La infraestructura crítica."))
        .expect(200);
    JsonObject edited = api.as("delegate-fra").get("/threads/" + thread + "/translation?to=en").expect(200).json();
    assertTrue(edited.getString("html").contains("The critical infrastructure."), edited.getString("html"));
    assertEquals(false, edited.getBoolean("cached"));
  }

  @Test
  @DisplayName("A paragraph of a draft in Spanish, as the draft's reader may read it")
  void draftParagraph() {
    org.plenary.testing.Drafting drafting = new org.plenary.testing.Drafting(api);
    String thread = drafting.openDraft(new JsonObject());
    JsonObject draft = drafting.publish(thread, new io.vertx.core.json.JsonArray()
        .add(new JsonObject().put("text", "Critical infrastructure must be protected.")));
    String paragraph = org.plenary.testing.Drafting.paragraph(draft, 1);
    String path = "/drafts/" + thread + "/paragraphs/" + paragraph + "/translation?to=es";
    JsonObject spanish = api.anonymous().get(path).expect(200).json();
    assertTrue(spanish.getString("html").toLowerCase(java.util.Locale.ROOT).contains("infraestructura crítica"),
        spanish.getString("html"));
    assertEquals("paragraph", spanish.getString("kind"));
    String otherThread = drafting.openDraft(new JsonObject());
    assertEquals(404, api.anonymous().get("/drafts/" + otherThread + "/paragraphs/" + paragraph
        + "/translation?to=es").status(), "the paragraph is not in that draft");
  }
}
