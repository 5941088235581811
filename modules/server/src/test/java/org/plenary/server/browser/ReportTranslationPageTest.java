package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Translate on a published national report and on a good practice, beside the original, marked as such")
class ReportTranslationPageTest {

  private final Api api = TestServer.api();

  private String spanishReport() {
    String cycle = "tr-" + UUID.randomUUID().toString().substring(0, 8);
    api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/reporting-cycles",
        new JsonObject().put("id", cycle).put("title", "Translation cycle " + cycle).put("cutOff", "2099-12-31"))
        .expect(201);
    String path = "/reporting-cycles/" + cycle + "/reports/BRA";
    Api bra = api.as("delegate-bra");
    bra.put(path + "/draft", new JsonObject().put("baseVersion", 0).put("language", "es").put("answers",
        new JsonObject().put("norms", new JsonObject().put("norm-g", new JsonObject()
            .put("understanding", "Protegemos la infraestructura crítica."))))).expect(200);
    bra.post(path + "/submit").expect(200);
    bra.post(path + "/publish", new JsonObject().put("audience", "public")).expect(200);
    return cycle;
  }

  @Test
  @DisplayName("Brazil's Spanish report, read in English: Translate shows the English answers beside the Spanish, marked")
  void report(Page page) throws Exception {
    String cycle = spanishReport();
    page.navigate("/reports/" + cycle + "/BRA");
    Locator texts = page.locator("report-page .texts");
    Locator original = texts.locator(".report-answers");
    assertThat(original).containsText("Protegemos la infraestructura crítica.");

    texts.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Translate")).click();
    Locator translation = texts.locator(".translation");
    assertThat(translation.locator(".translation__mark")).containsText("Unofficial machine translation (Apertium)");
    assertThat(translation.locator(".translation__mark")).containsText("Only the original is the record.");
    assertThat(translation.locator(".translation__text")).hasAttribute("lang", "en");
    // The survey's heading in English from the catalogue, the State's words by the machine.
    assertThat(translation.locator(".translation__text h2"))
        .hasText("Norm (g): Protection of critical infrastructure");
    assertThat(translation.locator(".translation__text")).containsText("We protect the critical infrastructure.");
    var left = original.boundingBox();
    var right = translation.boundingBox();
    assertTrue(right.x >= left.x + left.width - 1, "the translation stands beside the original");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("report-translation.png")));

    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
    assertThat(translation.locator(".translation__mark")).isVisible();
    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

    texts.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show original")).click();
    assertThat(texts.locator(".translation")).hasCount(0);
    assertThat(original).isVisible();
  }

  @Test
  @DisplayName("A Spanish good practice, read in English: Translate shows its title and texts in English, marked")
  void practice(Page page) {
    String id = api.as("delegate-bra").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/good-practices", new JsonObject().put("title", "La infraestructura crítica")
            .put("what", "Protegemos la infraestructura crítica.").put("who", "Los Estados cooperan.")
            .put("lessons", "").put("links", new JsonArray()).put("language", "es")
            .put("norms", new JsonArray().add("norm-g")))
        .expect(201).json().getString("id");
    page.navigate("/practices/" + id);
    Locator texts = page.locator("practice-page .texts");
    texts.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Translate")).click();
    Locator translation = texts.locator(".translation");
    assertThat(translation.locator(".translation__mark")).containsText("Unofficial machine translation (Apertium)");
    assertThat(translation.locator(".translation__text")).containsText("The critical infrastructure");
    assertThat(translation.locator(".translation__text h2").first()).hasText("What was done");
    assertThat(texts.locator(".practice-texts")).containsText("Protegemos la infraestructura crítica.");
  }
}
