package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

/**
 * The task the issue counted: a delegate posts a joint position and then a reply in a thread of 59 posts, with
 * the keyboard alone, from the moment the thread's page has loaded. It took 376–456 Tab presses, 199 of them in
 * the States picker; it must take fewer than 40, in English and in Arabic.
 */
@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("With the keyboard alone, a position and a reply in a long thread")
class KeyboardTaskTest {

  private static final int MOST_TABS = 40;

  private final Dialogue dialogue = Dialogue.on(TestServer.api());

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en-GB", "ar"})
  @DisplayName("Fewer than 40 Tab presses: skip link, 'Reply to the thread', the kind, the States picker by arrows, the text, Publish; then Reply and Publish")
  void positionAndReply(String locale) throws Exception {
    String thread = dialogue.openThread("delegate-eu", "norms");
    dialogue.position("delegate-eu", thread, "Statement of the European Union.");
    for (int i = 2; i <= 59; i++) {
      dialogue.comment(i % 2 == 0 ? "cs-opennet" : "delegate-est", thread, "Comment number " + i + ".");
    }
    String language = locale.substring(0, 2);
    try (BrowserContext context = Chromium.newContext(locale)) {
      Page page = context.newPage();
      SignIn.fresh(page, "delegate-bra");
      page.navigate("/threads/" + thread);
      assertThat(page.locator("article").first()).isVisible();
      assertThat(page.locator(".loading")).hasCount(0);

      int tabs = Keyboard.tabTo(page, language.equals("ar") ? "انتقل إلى المحتوى" : "Skip to main content");
      page.keyboard().press("Enter");
      tabs += Keyboard.tabTo(page, language.equals("ar") ? "الرد في هذا الموضوع" : "Reply to the thread");
      page.keyboard().press("Enter");
      Locator kind = page.locator("post-composer:not(.reply-composer) select[name='kind']");
      assertThat(kind).isFocused();
      page.keyboard().press("ArrowDown"); // comment → official position
      assertThat(kind).hasValue("position");

      tabs += tabToCombobox(page);
      boolean arabic = language.equals("ar");
      page.keyboard().type(arabic ? "تشيل" : "Chil");
      page.keyboard().press("Enter"); // the first match, under the cursor
      page.keyboard().press("Escape");
      page.keyboard().press("Escape"); // the list closes, then the filter empties
      page.keyboard().type(arabic ? "المكس" : "Mexi");
      page.keyboard().press("ArrowDown");
      page.keyboard().press("Enter");
      assertThat(page.locator(".state-picker__chosen")).containsText("(2)");

      tabs += tabToText(page, "post-composer:not(.reply-composer) textarea");
      page.keyboard().type("Brazil, Chile and Mexico consider that norm (f) applies to health care.");
      tabs += tabToSubmit(page, "post-composer:not(.reply-composer)");
      page.keyboard().press("Enter");
      Locator position = page.locator("article").filter(new Locator.FilterOptions().setHasText("Brazil, Chile and Mexico consider"));
      assertThat(position.locator("h3")).isFocused();
      assertThat(position).containsText(arabic ? "المكسيك" : "Mexico");

      String replyLabel = language.equals("ar") ? "رد" : "Reply";
      tabs += tabUntil(page, "() => document.activeElement?.localName === 'button'"
          + " && document.activeElement.closest('article')?.innerText.includes('Brazil, Chile and Mexico consider')"
          + " && document.activeElement.innerText.trim() === '" + replyLabel + "'");
      page.keyboard().press("Enter");
      assertThat(page.locator("post-composer.reply-composer textarea")).isFocused();
      page.keyboard().type("We add that the norm covers medical facilities.");
      tabs += tabToSubmit(page, "post-composer.reply-composer");
      page.keyboard().press("Enter");
      Locator reply = page.locator("article").filter(new Locator.FilterOptions().setHasText("We add that the norm covers"));
      assertThat(reply.locator("h3")).isFocused();
      io.vertx.core.json.JsonArray last = TestServer.api().get("/threads/" + thread + "/posts?before=end").json()
          .getJsonArray("items");
      assertEquals("en", last.getJsonObject(last.size() - 1).getString("language"),
          "the reply's language comes from its text, not from the interface");
      assertEquals("en", last.getJsonObject(last.size() - 2).getString("language"), "so does the position's");

      int total = tabs;
      System.out.println("Keyboard task in " + language + ": " + total + " Tab presses");
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("keyboard-" + language + "-reply.png")));
      assertTrue(total < MOST_TABS, () -> "posting a position and a reply took " + total + " Tab presses in " + language);
    }
  }

  private static int tabToCombobox(Page page) {
    return tabUntil(page, "() => document.activeElement?.getAttribute('role') === 'combobox'");
  }

  private static int tabToText(Page page, String selector) {
    return tabUntil(page, "() => document.activeElement === document.querySelector(\"" + selector + "\")");
  }

  private static int tabToSubmit(Page page, String composer) {
    return tabUntil(page, "() => document.activeElement === document.querySelector(\"" + composer + " button[type=submit]\")");
  }

  private static int tabUntil(Page page, String focused) {
    for (int presses = 1; presses <= MOST_TABS; presses++) {
      page.keyboard().press("Tab");
      if (Boolean.TRUE.equals(page.evaluate(focused))) {
        return presses;
      }
    }
    throw new AssertionError("not reached with " + MOST_TABS + " Tab presses on " + page.url());
  }
}
