package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.People;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("The national report editor, with the keyboard alone, in English and Arabic")
class ReportEditorTest {

  private final Api api = TestServer.api();

  private String cycle() {
    String id = "b-" + UUID.randomUUID().toString().substring(0, 8);
    api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/reporting-cycles",
        new JsonObject().put("id", id).put("title", "Browser cycle " + id).put("cutOff", "2026-12-31")).expect(201);
    return id;
  }

  /** Tabs to the norm's group, opens it with Enter, tabs to the question and types the answer. */
  private static void answer(Page page, String norm, String question, String text) {
    Keyboard.tabTo(page, norm);
    page.keyboard().press("Enter");
    Keyboard.tabToField(page, question);
    page.keyboard().type(text);
  }

  /** Presses the button with Enter, tabbing to it unless it has focus already (after the save before). */
  private static void save(Page page, String button) {
    String focused = Keyboard.focusedTagAndText(page);
    if (!focused.startsWith("button:") || !focused.contains(button)) {
      Keyboard.tabTo(page, button);
    }
    page.keyboard().press("Enter");
  }

  @Test
  @DisplayName("France's delegate answers norm (c), saves; a save overtaken by another delegate keeps the text and "
      + "shows the newer version; a lost connection keeps the draft in the browser")
  void englishKeyboardOnly(Page page) throws Exception {
    String cycle = cycle();
    SignIn.fresh(page, "delegate-fra");
    page.navigate("/reports/" + cycle + "/edit");
    assertThat(page.locator("h1")).hasText("National report, cycle " + cycle);
    assertThat(page.getByText("Not started yet: nothing is saved.")).isVisible();
    answer(page, "Norm (c)", "Your State’s understanding of the norm", "France understands norm (c) as due diligence.");
    save(page, "Save a version");
    assertThat(page.getByRole(AriaRole.STATUS)).hasText("Version 1 saved.");
    Axe.assertNoSeriousViolations(page, "the national report editor");

    Api other = People.signedIn(api, "browser-second-delegate-fra", "FRA", "delegate");
    other.put("/reporting-cycles/" + cycle + "/reports/FRA/draft", new JsonObject().put("baseVersion", 1)
        .put("language", "en").put("answers", new JsonObject().put("internationalLaw", "The Charter applies.")))
        .expect(200);
    page.locator("#report-norm-c-understanding").focus();
    page.keyboard().press("End");
    page.keyboard().type(" It also covers non-State actors.");
    save(page, "Save a version");
    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Another delegate saved version 2 meanwhile.");
    assertThat(page.locator("#report-newer")).containsText("The newer version 2");
    assertThat(page.locator(".alert--info")).containsText("The Charter applies.");
    assertThat(page.locator("#report-norm-c-understanding"))
        .hasValue("France understands norm (c) as due diligence. It also covers non-State actors.");
    save(page, "Save a version");
    assertThat(page.getByRole(AriaRole.STATUS)).hasText("Version 3 saved.");

    page.context().setOffline(true);
    page.locator("#report-norm-c-understanding").focus();
    page.keyboard().press("End");
    page.keyboard().type(" Kept offline.");
    save(page, "Save a version");
    assertThat(page.getByRole(AriaRole.STATUS)).containsText("your text is kept in this browser");
    page.context().setOffline(false);
    page.reload();
    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your unsaved text from this browser was restored");
    assertThat(page.locator("#report-norm-c-understanding")).hasValue(
        "France understands norm (c) as due diligence. It also covers non-State actors. Kept offline.");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("report-editor.png")).setFullPage(true));
  }

  @Test
  @DisplayName("In Arabic, right to left, Malawi's delegate answers norm (g), saves, submits and publishes for States")
  void arabicKeyboardOnly() throws Exception {
    String cycle = cycle();
    try (BrowserContext arabic = Chromium.newContext("ar")) {
      Page page = arabic.newPage();
      SignIn.fresh(page, "delegate-mwi");
      page.navigate("/reports/" + cycle + "/edit");
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      assertThat(page.locator("h1")).hasText("التقرير الوطني، الدورة " + cycle);
      answer(page, "القاعدة (ز)", "الاحتياجات", "نحتاج إلى تدريب فريق الاستجابة الوطني.");
      save(page, "حفظ إصدار");
      assertThat(page.getByRole(AriaRole.STATUS)).hasText("حُفظ الإصدار 1.");
      save(page, "تقديم أحدث إصدار");
      assertThat(page.getByRole(AriaRole.STATUS)).hasText("قُدّم التقرير.");
      Keyboard.tabToField(page, "منشور لـ");
      page.keyboard().press("ArrowDown");
      save(page, "نشر");
      assertThat(page.getByRole(AriaRole.STATUS)).hasText("نُشر التقرير.");
      Axe.assertNoSeriousViolations(page, "the national report editor in Arabic");
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("report-editor-ar.png")).setFullPage(true));
    }
    api.anonymous().get("/reporting-cycles/" + cycle + "/reports/MWI").expectProblem(401);
    api.as("delegate-bra").get("/reporting-cycles/" + cycle + "/reports/MWI").expect(200);
  }
}
