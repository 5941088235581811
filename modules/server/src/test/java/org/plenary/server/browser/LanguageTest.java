package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("The interface in the six UN languages")
class LanguageTest {

  @Test
  @DisplayName("Switching to Arabic lays the page out right to left, and the choice survives a reload")
  void arabicIsRightToLeft(Page page) throws Exception {
    page.navigate("/organizations");
    assertThat(page.locator("h1")).hasText("Directory of participants");

    page.getByLabel("Language").selectOption("ar");

    assertThat(page.locator("html")).hasAttribute("dir", "rtl");
    assertThat(page.locator("html")).hasAttribute("lang", "ar");
    assertThat(page.locator("h1")).hasText("دليل المشاركين");
    assertThat(page.locator("organization-list h2").first()).hasText("مجموعة الدول الأفريقية");
    BoundingBox brand = page.locator(".brand").boundingBox();
    BoundingBox tools = page.locator(".site-header__tools").boundingBox();
    assertTrue(brand.x > tools.x, "the product name sits at the right edge, the tools at the left");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("arabic-directory.png")));

    page.reload();
    assertThat(page.locator("html")).hasAttribute("dir", "rtl");
    assertThat(page.locator("h1")).hasText("دليل المشاركين");
  }

  @Test
  @DisplayName("A browser set to French gets the interface in French, numbers included, without choosing anything")
  void browserLanguageChoosesTheInterface() {
    try (BrowserContext french = Chromium.newContext("fr-FR")) {
      Page page = french.newPage();
      page.navigate("/organizations?group=african");
      assertThat(page.locator("html")).hasAttribute("lang", "fr");
      assertThat(page.locator("html")).hasAttribute("dir", "ltr");
      assertThat(page.locator("h1")).hasText("Annuaire des participants");
      assertThat(page.getByLabel("Langue")).hasValue("fr");
      assertThat(page.locator("organization-list .muted")).hasText("Affichés : 54");
    }
  }

  @Test
  @DisplayName("A signed-in person's language choice is stored with their account and follows them to a new browser")
  void choiceFollowsTheAccount(Page page) {
    SignIn.as(page, "chair");
    page.getByLabel("Language").selectOption("fr");
    assertThat(page.locator("h1")).hasText("Bienvenue sur Plenary");
    // the Chair's office is named in French too, as the catalogues name the United Nations' own offices
    assertThat(page.locator("session-controls a")).hasText("Henrik Olsen — Bureau du Président, Présidence");

    try (BrowserContext elsewhere = Chromium.newContext("en-GB")) {
      Page later = elsewhere.newPage();
      SignIn.as(later, "chair");
      assertThat(later.locator("html")).hasAttribute("lang", "fr");
      assertThat(later.locator("h1")).hasText("Bienvenue sur Plenary");
    }
  }

  @Test
  @DisplayName("Chinese and Russian are complete interfaces too")
  void chineseAndRussian(Page page) {
    page.navigate("/");
    page.getByLabel("Language").selectOption("zh");
    assertThat(page.locator("h1")).hasText("欢迎使用 Plenary");
    assertThat(page.locator("nav[aria-label='主导航'] a[aria-current='page']")).hasText("首页");
    page.getByLabel("语言").selectOption("ru");
    assertThat(page.locator("h1")).hasText("Добро пожаловать в Plenary");
    assertThat(page.locator("html")).hasAttribute("lang", "ru");
  }

  @Test
  @DisplayName("In French, States are named by the browser's French names, topics and tags by the catalogue; others as registered")
  void namesInFrench() {
    Dialogue dialogue = Dialogue.on(TestServer.api());
    String thread = dialogue.openThread("delegate-eu", "norms", new JsonObject().put("title", "Noms " + System.nanoTime())
        .put("tags", new JsonArray().add("norm-f").add("african")));
    dialogue.position("delegate-est", thread, "Estonia supports the protection of critical infrastructure.");
    try (BrowserContext french = Chromium.newContext("fr-FR")) {
      Page page = french.newPage();
      page.navigate("/topics");
      assertThat(page.locator(".card__title").nth(1)).hasText("Règles, normes et principes");
      page.navigate("/threads/" + thread);
      assertThat(page.locator("article").first()).containsText("Position officielle de Estonie");
      assertThat(page.locator(".tags")).containsText("Norme f) : ne pas endommager les infrastructures critiques");
      assertThat(page.locator(".tags")).containsText("États d’Afrique");
      page.navigate("/organizations/PSE");
      assertThat(page.locator("h1")).hasText("État de Palestine");
      page.navigate("/organizations/EU");
      assertThat(page.locator("h1")).hasText("Union européenne");
      assertThat(page.locator("main")).containsText("Allemagne");
    }
  }
}
