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

  static void as(Page page, String persona) {
    page.navigate("/");
    Phone.openMenu(page);
    page.locator("session-controls button").click();
    page.waitForURL("**/dev-idp/authorize?**");
    page.locator("button[value='" + persona + "']").click();
    assertThat(page.locator("session-controls a")).hasCount(1); // signed in, shown or behind a phone's menu
    Phone.openMenu(page);
    assertThat(page.locator("session-controls a")).isVisible();
    Phone.closeMenu(page);
  }
}
