package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/** Signs a demo persona in the way a person does: the header's button, then the dev issuer's picker. */
final class SignIn {

  private SignIn() {
  }

  static void as(Page page, String persona) {
    page.navigate("/");
    page.locator("session-controls button").click();
    page.waitForURL("**/dev-idp/authorize?**");
    page.locator("button[value='" + persona + "']").click();
    assertThat(page.locator("session-controls a")).isVisible();
  }
}
