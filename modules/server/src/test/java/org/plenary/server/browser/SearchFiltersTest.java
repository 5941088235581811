package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.forum.ForumSearchIndexing;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.ServerDatabase;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Search filters by organization, date and kind, and finds national reports and good practices, in the browser")
class SearchFiltersTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("A reader narrows a search to France, then to a date range; the address keeps the filters and Back restores them")
  void organizationAndDates(Page page) {
    // A made-up word that only these two posts contain, so the results are exactly theirs.
    String word = "quokkaresilience" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    String thread = dialogue.openThread("moderator", "confidence-building");
    dialogue.comment("delegate-fra", thread, "France speaks of " + word + " in its national strategy.");
    dialogue.comment("delegate-bra", thread, "Brazil speaks of " + word + " in its regional work.");
    ServerDatabase.awaitConsumer(ForumSearchIndexing.CONSUMER);

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

  @Test
  @DisplayName("A reader finds a good practice and a national report, each with its kind, who it speaks for and its"
      + " norms, and keeps the practice alone with the kind filter; in Arabic, right to left, too")
  void reportsAndPractices(Page page) {
    String word = "quokkapractice" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    api.as("delegate-mwi").withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/good-practices",
        new JsonObject().put("title", "Registers of operators").put("what", "A national register of operators.")
            .put("lessons", "Keep the " + word + " contacts up to date.").put("language", "en")
            .put("norms", new JsonArray().add("norm-g"))).expect(201);
    publishedReport(word);

    page.navigate("/search?q=" + word);
    Locator results = page.locator(".search-result");
    assertThat(results).hasCount(2);
    Locator practice = results.filter(new Locator.FilterOptions().setHasText("Registers of operators"));
    assertThat(practice.locator(".badge")).hasText("Good practice");
    assertThat(practice).containsText("Malawi");
    assertThat(practice).containsText("Norm (g)");
    Locator report = results.filter(new Locator.FilterOptions().setHasText("National report"));
    assertThat(report).containsText("France");
    assertThat(report.getByRole(AriaRole.LINK)).hasAttribute("href", Pattern.compile("^/reports/s-[a-z0-9]+/FRA$"));
    page.getByLabel("Kind").selectOption("good-practice");
    search(page);
    assertThat(page).hasURL(Pattern.compile("kind=good-practice"));
    assertThat(results).hasCount(1);
    assertThat(results.first()).containsText("Registers of operators");
    Axe.assertNoSeriousViolations(page, "the search page with a practice and a report");

    try (BrowserContext arabic = Chromium.newContext("ar")) {
      Page inArabic = arabic.newPage();
      inArabic.navigate("/search?q=" + word);
      assertThat(inArabic.locator("html")).hasAttribute("dir", "rtl");
      Locator found = inArabic.locator(".search-result");
      assertThat(found).hasCount(2);
      assertThat(found.locator(".badge").first()).isVisible();
      assertThat(inArabic.locator("main")).containsText("ممارسة جيدة");
      assertThat(inArabic.locator("main")).containsText("تقرير وطني");
      Axe.assertNoSeriousViolations(inArabic, "the search page in Arabic with a practice and a report");
    }
  }

  /** France's report of a cycle of its own, published for everyone, with {@code word} in its answer on norm (c). */
  private void publishedReport(String word) {
    String cycle = "s-" + Long.toString(System.nanoTime(), 36);
    api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/reporting-cycles",
        new JsonObject().put("id", cycle).put("title", "Cycle " + cycle).put("cutOff", "2099-12-31")).expect(201);
    String report = "/reporting-cycles/" + cycle + "/reports/FRA";
    Api france = api.as("delegate-fra");
    france.put(report + "/draft", new JsonObject().put("baseVersion", 0).put("language", "en").put("answers",
        new JsonObject().put("norms", new JsonObject().put("norm-c", new JsonObject().put("law", "A law on " + word
            + "."))))).expect(200);
    france.post(report + "/submit").expect(200);
    france.post(report + "/publish", new JsonObject().put("audience", "public")).expect(200);
  }

  /** The search page's own button, not the header's. */
  private static void search(Page page) {
    page.locator("search-page").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Search").setExact(true)).click();
  }
}
