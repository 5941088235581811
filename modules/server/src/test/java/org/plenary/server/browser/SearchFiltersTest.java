package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Search filters by organization and date, in the browser")
class SearchFiltersTest {

  private final Dialogue dialogue = Dialogue.on(TestServer.api());

  @Test
  @DisplayName("A reader narrows a search to France, then to a date range; the address keeps the filters and Back restores them")
  void organizationAndDates(Page page) {
    // A made-up word that only these two posts contain, so the results are exactly theirs.
    String word = "quokkaresilience" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    String thread = dialogue.openThread("moderator", "confidence-building");
    dialogue.comment("delegate-fra", thread, "France speaks of " + word + " in its national strategy.");
    dialogue.comment("delegate-bra", thread, "Brazil speaks of " + word + " in its regional work.");

    page.navigate("/search?q=" + word);
    Locator results = page.locator(".search-result");
    assertThat(results).hasCount(2);

    page.getByLabel("Speaking for").selectOption("FRA");
    search(page);
    assertThat(page).hasURL(Pattern.compile("organization=FRA"));
    assertThat(results).hasCount(1);
    assertThat(results.first()).containsText("France speaks of");
    Axe.assertNoSeriousViolations(page, "the search page with its filters");

    String today = LocalDate.now().toString();
    page.getByLabel("Written on or after").fill(LocalDate.now().plusDays(1).toString());
    search(page);
    assertThat(page).hasURL(Pattern.compile("from=" + LocalDate.now().plusDays(1)));
    assertThat(page.locator("main")).containsText("Nothing found.");

    page.getByLabel("Written on or after").fill(today);
    page.getByLabel("Written on or before").fill(today);
    search(page);
    assertThat(page).hasURL(Pattern.compile("to=" + today));
    assertThat(results).hasCount(1);

    page.goBack();
    assertThat(page.locator("main")).containsText("Nothing found.");
    page.goBack();
    assertThat(page).hasURL(Pattern.compile("organization=FRA$"));
    assertThat(results).hasCount(1);
    page.goBack();
    assertThat(results).hasCount(2);
    assertThat(page.getByLabel("Speaking for")).hasValue("");

    // A shared address opens with its filters chosen in the form.
    page.navigate("/search?q=" + word + "&organization=BRA&to=" + today);
    assertThat(results).hasCount(1);
    assertThat(results.first()).containsText("Brazil speaks of");
    assertThat(page.getByLabel("Speaking for")).hasValue("BRA");
    assertThat(page.getByLabel("Written on or before")).hasValue(today);
  }

  /** The search page's own button, not the header's. */
  private static void search(Page page) {
    page.locator("search-page").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Search").setExact(true)).click();
  }
}
