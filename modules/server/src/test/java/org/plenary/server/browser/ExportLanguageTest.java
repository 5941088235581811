package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Exports in the language the reader chooses beside the download buttons")
class ExportLanguageTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("The document language starts as the interface's; chosen French, the HTML export has French headings")
  void summaryInFrench(Page page) throws Exception {
    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("kind", "position-call")
        .put("audience", "participants").put("title", "Export language " + System.nanoTime())
        .put("closesAt", Instant.now().plus(5, ChronoUnit.DAYS).toString())
        .put("guidingQuestions", new JsonArray().add("Should States publish disclosure policies?")));
    dialogue.post("delegate-eu", thread, new JsonObject().put("kind", "position").put("guidingQuestion", 0)
        .put("body", "The European Union encourages responsible reporting of ICT vulnerabilities.")).expect(201);
    String summary = api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json().getString("id");

    SignIn.fresh(page, "moderator");
    page.navigate("/summaries/" + summary);
    Locator choice = page.getByLabel("Download in");
    assertThat(choice).hasValue("en");
    assertThat(choice.locator("option[value='ar']")).hasText("العربية");
    Axe.assertNoSeriousViolations(page, "a summary with its export language");
    choice.selectOption("fr");
    Download download = page.waitForDownload(() ->
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download as HTML")).click());
    String html = Files.readString(download.path(), StandardCharsets.UTF_8);
    assertTrue(html.contains("<html lang=\"fr\">"), html.substring(0, 80));
    assertTrue(html.contains("<h2>Points essentiels</h2>"), html);
    assertTrue(html.contains("Projet de résumé établi par les modérateurs"), html);
  }
}
