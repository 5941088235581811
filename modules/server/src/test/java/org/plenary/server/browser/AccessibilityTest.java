package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.AssertionFailedError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.testing.Drafting;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Accessibility (axe-core, WCAG 2.1 A and AA)")
class AccessibilityTest {

  private final Dialogue dialogue = Dialogue.on(TestServer.api());

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/", "/topics", "/topics/norms", "/topics/norms?kind=discussion&status=open", "/organizations", "/organizations?view=igos", "/organizations?view=stakeholders",
      "/organizations/EU", "/organizations/FRA", "/account", "/no/such/page", "/summaries", "/moderation", "/audit",
      "/topics/norms/new", "/search?q=critical+infrastructure", "/notifications", "/accreditation"})
  @DisplayName("No serious or critical violation on a page read signed out")
  void signedOut(String path, Page page) {
    open(page, path);
    Axe.assertNoSeriousViolations(page, path);
  }

  @Test
  @DisplayName("No serious or critical violation on a thread with positions and replies, its composer, preview, reply and flag forms")
  void thread(Page page) {
    String thread = dialogue.openThread("delegate-eu", "norms", new JsonObject().put("body", "Introduction with a [link](https://un.org).")
        .put("guidingQuestions", new JsonArray().add("How is norm (f) implemented?")));
    long eu = dialogue.position("delegate-eu", thread, "Statement of the European Union.").getLong("id");
    dialogue.post("delegate-est", thread, new JsonObject().put("kind", "position").put("alignsWith", eu)).expect(201);
    dialogue.post("cs-opennet", thread, new JsonObject().put("kind", "reply").put("parentId", eu)).expect(201);
    Axe.assertNoSeriousViolations(openThread(page, thread), "a thread, signed out");

    SignIn.as(page, "delegate-idn");
    openThread(page, thread);
    page.getByLabel("Your text").fill("**Indonesia** considers that ...");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
    assertThat(page.locator(".preview strong")).hasText("Indonesia");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reply")).first().click();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Flag for moderators")).first().click();
    Axe.assertNoSeriousViolations(page, "a thread, signed in, with composer, preview, reply and flag forms open");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/", "/topics", "/topics/norms", "/organizations", "/search?q=critical+infrastructure",
      "/accreditation", "/summaries", "/board", "/sessions"})
  @DisplayName("No serious or critical violation at phone width (390×844), menu closed and open, in English and Arabic")
  void phone(String path) {
    for (String locale : java.util.List.of("en-GB", "ar")) {
      try (com.microsoft.playwright.BrowserContext phone = Chromium.newPhoneContext(locale)) {
        Page page = phone.newPage();
        open(page, path);
        Axe.assertNoSeriousViolations(page, path + " on a phone (" + locale + ")");
        Phone.openMenu(page);
        assertThat(page.locator("#site-nav")).isVisible();
        Axe.assertNoSeriousViolations(page, path + " on a phone with the menu open (" + locale + ")");
      }
    }
  }

  @Test
  @DisplayName("No serious or critical violation on a phone in a thread with the position composer and the States picker open")
  void phoneComposer() {
    String thread = dialogue.openThread("delegate-eu", "norms");
    dialogue.position("delegate-eu", thread, "Statement of the European Union.");
    dialogue.post("delegate-bra", thread, new JsonObject().put("kind", "position").put("body", "Brazil and Chile's statement.")
        .put("onBehalfOf", new JsonArray().add("BRA").add("CHL"))).expect(201);
    try (com.microsoft.playwright.BrowserContext phone = Chromium.newPhoneContext("en-GB")) {
      Page page = phone.newPage();
      SignIn.fresh(page, "delegate-bra");
      openThread(page, thread);
      page.getByLabel("Kind of post").selectOption("position");
      assertThat(page.locator(".notice--supersedes")).containsText("supersede Brazil's current position");
      assertThat(page.locator(".notice--supersedes")).containsText("joint statement also delivered on behalf of Chile");
      page.getByLabel("Find a State").fill("a");
      assertThat(page.getByRole(AriaRole.LISTBOX)).isVisible();
      page.keyboard().press("ArrowDown");
      Axe.assertNoSeriousViolations(page, "the position composer on a phone, the States picker open");
    }
  }

  @Test
  @DisplayName("No serious or critical violation on a Chatham House consultation")
  void consultation(Page page) {
    String thread = dialogue.openThread("moderator", "capacity-building", new JsonObject().put("kind", "consultation")
        .put("chathamHouse", true).put("closesAt", Instant.now().plus(2, ChronoUnit.DAYS).toString())
        .put("guidingQuestions", new JsonArray().add("Which needs come first?").add("Who should meet them?")));
    dialogue.comment("cs-opennet", thread, "Training first.");
    Axe.assertNoSeriousViolations(openThread(page, thread), "a consultation");
  }

  @Test
  @DisplayName("No serious or critical violation on my account, signed in")
  void account(Page page) {
    SignIn.as(page, "delegate-mwi");
    page.navigate("/account");
    assertThat(page.locator("main form")).isVisible(); // the header holds the search form too
    Axe.assertNoSeriousViolations(page, "/account (signed in)");
  }

  @Test
  @DisplayName("No serious or critical violation on the home page and directory in Arabic, right to left")
  void arabic(Page page) {
    open(page, "/");
    page.getByLabel("Language").selectOption("ar");
    assertThat(page.locator("html")).hasAttribute("dir", "rtl");
    Axe.assertNoSeriousViolations(page, "/ in Arabic");
    open(page, "/organizations");
    Axe.assertNoSeriousViolations(page, "/organizations in Arabic");
  }

  @Test
  @DisplayName("No serious or critical violation on a draft with its consensus tracker, in Arabic, right to left")
  void draftInArabic(Page page) throws Exception {
    Drafting drafting = new Drafting(TestServer.api());
    JsonObject draft = drafting.zeroDraft(2);
    drafting.stance("delegate-fra", Drafting.thread(draft), Drafting.paragraph(draft, 1), "support").expect(201);
    drafting.stance("delegate-rus", Drafting.thread(draft), Drafting.paragraph(draft, 2), "object").expect(201);
    open(page, "/");
    page.getByLabel("Language").selectOption("ar");
    assertThat(page.locator("html")).hasAttribute("dir", "rtl");
    page.navigate("/threads/" + Drafting.thread(draft));
    assertThat(page.locator(".tracker").nth(1)).containsText("معترض عليها");
    Axe.assertNoSeriousViolations(page, "a draft in Arabic");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("arabic-draft.png")).setFullPage(true));
  }

  @Test
  @DisplayName("The check itself notices a serious violation (an unlabelled form field, an image without text)")
  void theCheckWorks(Page page) {
    page.navigate("/");
    page.setContent("<!doctype html><html lang=en><title>t</title><main><h1>x</h1><input type=text><img src=a.png></main></html>");
    AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> Axe.assertNoSeriousViolations(page, "broken"));
    assertTrue(failure.getMessage().contains("label"), failure.getMessage());
  }

  private static Page openThread(Page page, String thread) {
    page.navigate("/threads/" + thread);
    assertThat(page.locator("article").first()).isVisible();
    assertThat(page.locator(".loading")).hasCount(0);
    return page;
  }

  /** Opens a page and waits until it has its heading and nothing is still loading. */
  private static void open(Page page, String path) {
    page.navigate(path);
    assertThat(page.locator("main h1")).isVisible();
    assertThat(page.locator(".loading")).hasCount(0);
  }
}
