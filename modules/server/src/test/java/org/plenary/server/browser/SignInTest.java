package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Signing in, in the browser")
class SignInTest {

  @Test
  @DisplayName("A delegate signs in through the persona picker with the keyboard alone, sees their name, and is back where they started")
  void keyboardOnlySignIn(Page page) {
    // Another test class may have stored another language with this account; this story is in English.
    TestServer.api().as("delegate-fra").put("/me/preferences", new JsonObject().put("language", "en").put("emailDigest", true))
        .expect(200);
    page.navigate("/organizations?view=igos");
    assertThat(page.locator("h1")).hasText("Directory of participants");

    Keyboard.tabTo(page, "Sign in");
    page.keyboard().press("Enter");
    page.waitForURL("**/dev-idp/authorize?**");
    Keyboard.tabTo(page, "delegate-fra");
    page.keyboard().press("Enter");

    assertThat(page.locator("session-controls a")).hasText("Camille Laurent — France, delegate");
    URI back = URI.create(page.url());
    assertEquals("/organizations", back.getPath());
    assertEquals("view=igos", back.getQuery());
  }

  @Test
  @DisplayName("Signing out ends the session at the issuer and shows the page signed out")
  void signOut(Page page) {
    SignIn.as(page, "member-fra");
    assertThat(page.locator("session-controls a")).hasText("Julien Moreau — France, delegation member");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).first()).isVisible();
    assertThat(page.locator("session-controls a")).hasCount(0);
  }

  @Test
  @DisplayName("My account shows who I am, and my preferences are saved with my account")
  void accountPreferences(Page page) {
    SignIn.as(page, "delegate-est");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My account")).click();
    assertThat(page.locator("main dl")).containsText("Kadri Tamm");
    assertThat(page.locator("main dl")).containsText("Estonia");

    page.getByLabel("Interface language").selectOption("es");
    page.getByLabel("Send me a daily e-mail digest of notifications").uncheck();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save preferences")).click();

    assertThat(page.getByRole(AriaRole.STATUS)).hasText("Sus preferencias se han guardado.");
    assertThat(page.locator("h1")).hasText("Mi cuenta");
    var stored = TestServer.api().as("delegate-est").get("/me/preferences").expect(200).json();
    // The account's language is the language of its problems: the tests after this one read English.
    TestServer.api().as("delegate-est").put("/me/preferences", stored.copy().putNull("language")).expect(200);
    assertEquals("es", stored.getString("language"));
    assertEquals(false, stored.getBoolean("emailDigest"));
  }
}
