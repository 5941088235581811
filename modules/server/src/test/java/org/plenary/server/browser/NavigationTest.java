package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Moving around the web application")
class NavigationTest {

  @Test
  @DisplayName("A deep link to a filtered directory opens as linked, and again on reload")
  void deepLinkSurvivesReload(Page page) {
    page.navigate("/organizations?view=states&group=eastern-european");
    expectEasternEuropeanStates(page);
    page.reload();
    expectEasternEuropeanStates(page);
  }

  @Test
  @DisplayName("A link opens the next page without reloading, focus moves to its heading, and Back returns")
  void clientSideNavigation(Page page) {
    page.navigate("/");
    assertThat(page.locator("h1")).hasText("Welcome to Plenary");
    page.evaluate("() => { window.sameDocument = true; }");

    page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Directory").setExact(true)).click();

    assertThat(page.locator("h1")).hasText("Directory of participants");
    assertThat(page.locator("h1")).isFocused();
    assertThat(page).hasTitle("Directory of participants · Plenary");
    assertEquals(true, page.evaluate("() => window.sameDocument === true"), "no full page load");
    page.goBack();
    assertThat(page.locator("h1")).hasText("Welcome to Plenary");
  }

  @Test
  @DisplayName("The skip link takes keyboard users past the header to the main content")
  void skipLink(Page page) {
    page.navigate("/");
    assertThat(page.locator("h1")).isVisible();
    page.keyboard().press("Tab");
    assertEquals("a:Skip to main content", Keyboard.focusedTagAndText(page));
    page.keyboard().press("Enter");
    assertThat(page.locator("main")).isFocused();
  }

  @Test
  @DisplayName("An address no page answers shows 'Page not found' with a way home")
  void unknownAddress(Page page) {
    page.navigate("/no/such/page");
    assertThat(page.locator("h1")).hasText("Page not found");
    assertThat(page.locator("main")).containsText("/no/such/page");
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the home page"))).isVisible();
  }

  @Test
  @DisplayName("When the API refuses, the page shows the server's own explanation in an alert")
  void problemDetailIsShown(Page page) {
    String detail = TestServer.api().get("/organizations/NOWHERE").json().getString("detail");
    page.navigate("/organizations/NOWHERE");
    assertThat(page.getByRole(AriaRole.ALERT)).containsText(detail);
  }

  @Test
  @DisplayName("An intergovernmental organization lists its member States by name")
  void organizationMembers(Page page) {
    page.navigate("/organizations?view=igos");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("European Union")).click();
    assertThat(page.locator("h1")).hasText("European Union");
    assertThat(page.locator("main")).containsText("France");
    assertThat(page.locator("main")).containsText("Estonia");
  }

  private static void expectEasternEuropeanStates(Page page) {
    assertThat(page.locator("h1")).hasText("Directory of participants");
    assertThat(page.getByLabel("Regional group")).hasValue("eastern-european");
    assertThat(page.locator("organization-list h2")).hasText(new String[] {"Eastern European Group"});
    assertThat(page.locator("organization-list li")).hasCount(23);
  }
}
