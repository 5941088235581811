package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.PlenaryTest;

/**
 * The home page of the public, France's delegate, the moderator and the Chair, in English and Arabic, at a desktop
 * (1280x800) and a phone (390x844) width: full-page screenshots in target/browser-artifacts/ for people to look
 * at, each page also checked by axe and for its direction.
 */
@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Screenshots of the home page by role, language and width")
class HomeScreenshotsTest {

  private static final String[] PERSONAS = {"anonymous", "delegate-fra", "moderator", "chair"};
  private static final int[][] WIDTHS = {{1280, 800}, {390, 844}};

  @BeforeAll
  static void aWeekOfDialogue() {
    HomeDialogue.made();
  }

  @Test
  @DisplayName("In English and Arabic, at desktop and phone widths, for each role")
  void screenshots() throws IOException {
    for (String language : new String[] {"en", "ar"}) {
      for (String persona : PERSONAS) {
        try (BrowserContext context = Chromium.newContext(language.equals("ar") ? "ar" : "en-GB")) {
          Page page = context.newPage();
          if (!persona.equals("anonymous")) {
            SignIn.fresh(page, persona);
          }
          for (int[] size : WIDTHS) {
            page.setViewportSize(size[0], size[1]);
            page.navigate("/");
            assertThat(page.locator("html")).hasAttribute("dir", language.equals("ar") ? "rtl" : "ltr");
            assertThat(page.locator("#home-open")).isVisible();
            assertThat(page.locator("next-sessions p, next-sessions h3").first()).isVisible();
            Axe.assertNoSeriousViolations(page, "the home page of " + persona + " in " + language + " at " + size[0]);
            String name = "home-" + persona + "-" + language + "-" + (size[0] > 800 ? "desktop" : "phone") + ".png";
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact(name)).setFullPage(true));
          }
        }
      }
    }
  }
}
