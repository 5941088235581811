package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonObject;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.forum.ForumSearchIndexing;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.ServerDatabase;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Machine translation in the browser: beside the original, marked as such")
class TranslationTest {

  private final Dialogue dialogue = Dialogue.on(TestServer.api());

  @Test
  @DisplayName("As delegate-fra, Translate on a Spanish post shows the French text beside the original, marked as machine translation")
  void spanishPostInFrench(Page page) throws Exception {
    String thread = dialogue.openThread("delegate-mwi", "norms");
    dialogue.post("delegate-mwi", thread, new JsonObject().put("language", "es")
        .put("body", "La infraestructura crítica debe ser protegida.")).expect(201);
    var fra = TestServer.api().as("delegate-fra");
    JsonObject preferences = fra.get("/me/preferences").expect(200).json();
    fra.put("/me/preferences", preferences.put("language", "fr").put("translateAutomatically", false)).expect(200);
    SignIn.as(page, "delegate-fra");
    page.navigate("/threads/" + thread);
    Locator post = page.locator("post-card article").first();
    assertThat(post.locator(".prose").first()).hasText("La infraestructura crítica debe ser protegida.");

    post.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Traduire")).click();
    Locator translation = post.locator(".translation");
    assertThat(translation).isVisible();
    assertThat(translation.locator(".translation__mark")).containsText("Traduction automatique non officielle (Apertium)");
    assertThat(translation.locator(".translation__mark")).containsText("Seul l’original fait foi.");
    assertThat(translation.locator(".translation__text")).hasAttribute("lang", "fr");
    assertTrue(translation.locator(".translation__text").innerText().toLowerCase(Locale.ROOT)
        .contains("infrastructure critique"), translation.innerText());
    // Beside, not instead: the original is still there, and in its own column.
    Locator original = post.locator(".texts > .prose");
    assertThat(original).hasText("La infraestructura crítica debe ser protegida.");
    var left = original.boundingBox();
    var right = translation.boundingBox();
    assertTrue(right.x >= left.x + left.width - 1, "the translation stands beside the original");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("machine-translation.png")));

    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
    assertThat(translation.locator(".translation__mark")).isVisible();
    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

    post.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Afficher l’original")).click();
    assertThat(post.locator(".translation")).hasCount(0);
    assertThat(original).isVisible();
  }

  @Test
  @DisplayName("In French, 'infrastructure critique' finds an English post, says it also searched in English, and offers its translation")
  void crossLanguageSearch(Page page) {
    String word = "quokkagrid" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    String thread = dialogue.openThread("delegate-mwi", "norms");
    dialogue.comment("delegate-mwi", thread, "Critical infrastructure needs " + word + " protection.");
    ServerDatabase.awaitConsumer(ForumSearchIndexing.CONSUMER);
    try (var french = Chromium.newContext("fr-FR")) {
      Page inFrench = french.newPage();
      inFrench.navigate("/search?q=infrastructure+critique&sort=recent");
      assertThat(inFrench.locator(".search__also")).containsText("Également recherché");
      assertThat(inFrench.locator(".search__also")).containsText("anglais");
      Locator found = inFrench.locator(".search-result").filter(new Locator.FilterOptions().setHasText(word));
      assertThat(found).containsText("en anglais");
      found.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Traduire")).click();
      assertThat(found.locator(".translation__mark")).containsText("Traduction automatique non officielle (Apertium");
    }
  }

  @Test
  @DisplayName("With 'translate automatically into my language', the translation stands beside the Spanish post unasked")
  void automatically(Page page) {
    String thread = dialogue.openThread("delegate-mwi", "norms");
    dialogue.post("delegate-mwi", thread, new JsonObject().put("language", "es")
        .put("body", "Los Estados cooperan.")).expect(201);
    var fra = TestServer.api().as("delegate-fra");
    JsonObject preferences = fra.get("/me/preferences").expect(200).json();
    fra.put("/me/preferences", preferences.put("language", "fr").put("translateAutomatically", true)).expect(200);
    try {
      SignIn.as(page, "delegate-fra");
      page.navigate("/threads/" + thread);
      Locator translation = page.locator("post-card article").first().locator(".translation");
      assertThat(translation.locator(".translation__mark")).containsText("Traduction automatique non officielle");
      assertThat(translation.locator(".translation__text")).containsText("coopèrent");
    } finally {
      fra.put("/me/preferences", preferences.put("translateAutomatically", false)).expect(200);
    }
  }
}
