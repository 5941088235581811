package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

/**
 * A delegate on a phone in the meeting room (390×844, a touch screen), in English and in Arabic: the header takes
 * little height, no main page scrolls sideways (at 390 px nor at 320 px), and a position is previewed and
 * published by tapping. Screenshots of each page go to target/browser-artifacts/phone-{language}-{page}.png.
 */
@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("On a phone (390×844, touch), in English and Arabic")
class PhoneTest {

  private static final List<String> PAGES = List.of("/", "/topics", "/topics/norms", "/topics/norms?tag=norm-f",
      "/board", "/sessions", "/reports", "/practices", "/radar", "/organizations", "/organizations/FRA",
      "/organizations?view=igos", "/documents", "/summaries", "/notifications", "/account", "/accreditation",
      "/search?q=critical+infrastructure", "/contacts");

  private final Dialogue dialogue = Dialogue.on(TestServer.api());

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en-GB", "ar"})
  @DisplayName("Signed in, the header takes little height, the menu opens and closes, and no main page is wider than the screen")
  void noPageScrollsSideways(String locale) throws Exception {
    String thread = longTitledThread();
    String language = locale.substring(0, 2);
    try (BrowserContext phone = Chromium.newPhoneContext(locale)) {
      Page page = phone.newPage();
      SignIn.fresh(page, "delegate-bra");
      page.navigate("/threads/" + thread);
      assertThat(page.locator("article").first()).isVisible();
      double header = ((Number) page.evaluate("() => document.querySelector('header.site-header').getBoundingClientRect().height")).doubleValue();
      assertTrue(header < 100, "the header takes " + header + " of 844 px");
      double title = ((Number) page.evaluate("() => document.querySelector('main h1').getBoundingClientRect().top")).doubleValue();
      assertTrue(title < 200, "the thread's title starts " + title + " px down");

      List<String> overflowing = new java.util.ArrayList<>();
      Phone.menuButton(page).tap();
      assertThat(page.locator("#site-nav")).isVisible();
      Phone.overflow(page, "the open menu (" + language + ")").ifPresent(overflowing::add);
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("phone-" + language + "-menu.png")));
      page.locator("#site-nav a[href='/topics']").tap();
      assertThat(page.locator("main h1")).isVisible();
      assertThat(page.locator("#site-nav")).isHidden();
      page.locator("button.header-toggle[aria-controls='site-search']").tap();
      assertThat(page.locator("#site-search-q")).isFocused();
      Phone.overflow(page, "the open search (" + language + ")").ifPresent(overflowing::add);

      for (String path : withThread(thread)) {
        open(page, path);
        Phone.overflow(page, path + " (" + language + ")").ifPresent(overflowing::add);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("phone-" + language + "-" + fileName(path) + ".png")));
        page.setViewportSize(320, 700);
        Phone.overflow(page, path + " (" + language + ")").ifPresent(overflowing::add);
        page.setViewportSize(390, 844);
      }
      assertTrue(overflowing.isEmpty(), () -> "pages wider than the screen:\n" + String.join("\n", overflowing));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en-GB", "ar"})
  @DisplayName("A delegate writes a joint position by touch: the States picker fits the screen, Preview and Publish land")
  void positionByTouch(String locale) throws Exception {
    String thread = dialogue.openThread("delegate-eu", "norms");
    dialogue.position("delegate-eu", thread, "Statement of the European Union.");
    String language = locale.substring(0, 2);
    try (BrowserContext phone = Chromium.newPhoneContext(locale)) {
      Page page = phone.newPage();
      SignIn.fresh(page, "delegate-bra");
      page.navigate("/threads/" + thread);
      assertThat(page.locator("article").first()).isVisible();
      page.locator("post-composer select[name='kind']").selectOption("position");
      Locator find = page.locator("state-picker input[role='combobox']");
      find.tap();
      find.fill("CHL"); // Chile by its code, in either language
      page.locator("state-picker [role='option']").first().tap();
      assertThat(page.locator(".state-picker__chosen")).containsText("(1)");
      Phone.assertNoHorizontalOverflow(page, "the position composer with the States picker (" + language + ")");
      page.locator("post-composer textarea").fill("Brazil and Chile consider that **norm (f)** applies.");
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("phone-" + language + "-composer.png")));

      page.locator("post-composer .button-row button[type='button']").first().tap(); // Preview
      assertThat(page.locator(".preview strong")).hasText("norm (f)");
      page.locator("post-composer button[type='submit']").tap(); // Publish
      Locator published = page.locator("article").filter(new Locator.FilterOptions().setHasText("Brazil and Chile consider"));
      assertThat(published).isVisible();
      assertThat(published.locator("h3")).isFocused();
      Phone.assertNoHorizontalOverflow(page, "the thread after publishing (" + language + ")");
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("phone-" + language + "-published.png")));
    }
  }

  /** A thread with a long, unbroken title, tags, a position, a reply and guiding questions: what overflowed before. */
  private String longTitledThread() {
    String thread = dialogue.openThread("delegate-eu", "norms", new JsonObject()
        .put("title", "Implementing norms (f) and (g): critical-infrastructure-protection-and-supply-chain-integrity " + System.nanoTime())
        .put("tags", new JsonArray().add("norm-f").add("norm-g"))
        .put("guidingQuestions", new JsonArray().add("How is norm (f) implemented in national legislation?")));
    long eu = dialogue.position("delegate-eu", thread, "Statement of the European Union on critical infrastructure.").getLong("id");
    dialogue.post("delegate-est", thread, new JsonObject().put("kind", "position").put("alignsWith", eu)).expect(201);
    dialogue.post("cs-opennet", thread, new JsonObject().put("kind", "reply").put("parentId", eu)
        .put("body", "See https://example.org/a/very/long/address/that/does/not/break/anywhere/at/all/critical-infrastructure")).expect(201);
    return thread;
  }

  private static List<String> withThread(String thread) {
    return java.util.stream.Stream.concat(PAGES.stream(), java.util.stream.Stream.of("/threads/" + thread)).toList();
  }

  private static String fileName(String path) {
    String name = path.replaceAll("^/", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    return name.isEmpty() ? "home" : name.startsWith("threads-") ? "thread" : name;
  }

  private static void open(Page page, String path) {
    page.navigate(path);
    assertThat(page.locator("main h1")).isVisible();
    assertThat(page.locator(".loading")).hasCount(0);
  }
}
