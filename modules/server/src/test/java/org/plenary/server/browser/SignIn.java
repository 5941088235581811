package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import org.plenary.testing.TestServer;

/** Signs a demo persona in the way a person does: the header's button, then the dev issuer's picker. */
final class SignIn {

  private SignIn() {
  }

  /**
   * Signs in a persona whose account has no language of its own (another test may have chosen one), so the
   * interface follows the browser's language.
   */
  static void fresh(Page page, String persona) {
    var account = TestServer.api().as(persona);
    JsonObject preferences = account.get("/me/preferences").expect(200).json();
    account.put("/me/preferences", preferences.putNull("language")).expect(200);
    as(page, persona);
  }

  /**
   * The sign-in button, behind a phone's menu: the application closes the menu when it shows a page, and on a slow
   * first load it can show the home page just after the menu was opened, so the menu is opened again until the
   * button is visible.
   */
  private static void showSignIn(Page page) {
    for (int attempt = 1; ; attempt++) {
      Phone.openMenu(page);
      try {
        page.locator("session-controls button").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
            .setState(com.microsoft.playwright.options.WaitForSelectorState.VISIBLE).setTimeout(5_000));
        return;
      } catch (com.microsoft.playwright.TimeoutError closedAgain) {
        if (attempt == 3) {
          throw closedAgain;
        }
      }
    }
  }

  static void as(Page page, String persona) {
    page.navigate("/");
    showSignIn(page);
    page.locator("session-controls button").click();
    page.waitForURL("**/dev-idp/authorize?**");
    page.locator("button[value='" + persona + "']").click();
    assertThat(page.locator("session-controls a")).hasCount(1); // signed in, shown or behind a phone's menu
    Phone.openMenu(page);
    assertThat(page.locator("session-controls a")).isVisible();
    Phone.closeMenu(page);
  }
}
