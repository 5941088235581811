package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.server.support.PlenaryTest;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Accessibility (axe-core, WCAG 2.1 A and AA)")
class AccessibilityTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/", "/organizations", "/organizations?view=igos", "/organizations?view=stakeholders",
      "/organizations/EU", "/organizations/FRA", "/account", "/no/such/page"})
  @DisplayName("No serious or critical violation on a page read signed out")
  void signedOut(String path, Page page) {
    open(page, path);
    Axe.assertNoSeriousViolations(page, path);
  }

  @Test
  @DisplayName("No serious or critical violation on my account, signed in")
  void account(Page page) {
    SignIn.as(page, "delegate-mwi");
    page.navigate("/account");
    assertThat(page.locator("form")).isVisible();
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

  /** Opens a page and waits until it has its heading and nothing is still loading. */
  private static void open(Page page, String path) {
    page.navigate(path);
    assertThat(page.locator("main h1")).isVisible();
    assertThat(page.locator(".loading")).hasCount(0);
  }
}
