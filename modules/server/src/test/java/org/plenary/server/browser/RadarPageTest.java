package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("The radar in the browser: the chart and its table, the filters, the rating form, in English and Arabic")
class RadarPageTest {

  private final Api api = TestServer.api();

  /** A round in which three States rate a new signal 4/5 and the EU 1/1 (shown with all, not alone). */
  private String[] roundWithOneSignal(String title) {
    String signal = api.as("delegate-fra").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/radar/signals", new JsonObject().put("title", title).put("description", "Seen this year.")
            .put("category", "quantum").put("horizon", "3-10-years").put("norms", new JsonArray().add("norm-e")))
        .expect(201).json().getString("id");
    String round = api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/radar/rounds", new JsonObject().put("title", "Round " + title)).expect(201).json().getString("id");
    for (String rater : List.of("delegate-fra", "delegate-bra", "delegate-idn")) {
      api.as(rater).put("/radar/rounds/" + round + "/signals/" + signal + "/assessment",
          new JsonObject().put("likelihood", 4).put("impact", 5)).expect(200);
    }
    api.as("delegate-eu").put("/radar/rounds/" + round + "/signals/" + signal + "/assessment",
        new JsonObject().put("likelihood", 1).put("impact", 1)).expect(200);
    return new String[] {round, signal};
  }

  @Test
  @DisplayName("Estonia's delegate reads the chart and its table, filters by constituency, and rates the signal")
  void english(Page page) throws Exception {
    String title = "Harvest now " + UUID.randomUUID().toString().substring(0, 6);
    String[] made = roundWithOneSignal(title);
    SignIn.fresh(page, "delegate-est");
    page.navigate("/radar?round=" + made[0]);
    assertThat(page.locator("h1")).hasText("Horizon-scanning radar");
    Locator row = page.locator("radar-table tr[data-signal='" + made[1] + "']");
    assertThat(row).containsText(title);
    assertThat(row.locator("td").nth(1)).hasText("4");
    assertThat(row.locator("td").nth(2)).hasText("5");
    assertThat(row.locator("td").nth(3)).hasText("4");
    assertThat(page.locator("radar-chart g[data-signal='" + made[1] + "'] circle")).hasCount(1);
    assertThat(page.locator("radar-chart svg")).hasAttribute("aria-hidden", "true");
    Axe.assertNoSeriousViolations(page, "the radar");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("radar-en.png")).setFullPage(true));

    page.locator("#radar-group").selectOption("intergovernmental");
    assertThat(row.locator("td").nth(1)).hasText("fewer than 3");
    assertThat(page.locator("radar-chart g[data-signal='" + made[1] + "']")).hasCount(0);
    page.locator("#radar-group").selectOption("states");
    assertThat(row.locator("td").nth(1)).hasText("4");
    assertThat(row.locator("td").nth(3)).hasText("3");

    page.locator("#radar-rate-signal").selectOption(made[1]);
    Locator own = page.locator("[data-testid='radar-own-rating']");
    assertThat(own).hasText("Your organization has not rated this signal in this round yet.");
    page.locator("#radar-rate-likelihood").selectOption("2");
    page.locator("#radar-rate-impact").selectOption("2");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the rating")).click();
    assertThat(row.locator("td").nth(3)).hasText("4");
    assertThat(page.locator("#radar-group")).hasValue("states");
    assertThat(own).hasText("Your organization's rating in this round: likelihood 2, impact 2.");
    JsonObject saved = api.as("delegate-est").get("/radar/rounds/" + made[0] + "/signals/" + made[1] + "/assessment")
        .expect(200).json();
    assertThat(page.getByText("Rating saved: likelihood 2, impact 2.")).hasCount(1);
    org.junit.jupiter.api.Assertions.assertEquals(2, saved.getInteger("likelihood"));
    Axe.assertNoSeriousViolations(page, "the radar, filtered, after a rating");
    api.as("secretariat").post("/radar/rounds/" + made[0] + "/close").expect(200);
  }

  @Test
  @DisplayName("In Arabic, right to left, the chart and its table, a group of fewer than 3 not shown")
  void arabic() throws Exception {
    String title = "Quantum " + UUID.randomUUID().toString().substring(0, 6);
    String[] made = roundWithOneSignal(title);
    try (BrowserContext arabic = Chromium.newContext("ar")) {
      Page page = arabic.newPage();
      SignIn.fresh(page, "cs-opennet");
      page.navigate("/radar?round=" + made[0] + "&group=intergovernmental");
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      assertThat(page.locator("h1")).hasText("رادار استشراف الآفاق");
      Locator row = page.locator("radar-table tr[data-signal='" + made[1] + "']");
      assertThat(row).containsText(title);
      assertThat(row.locator("td").nth(1)).hasText("أقل من 3");
      Axe.assertNoSeriousViolations(page, "the radar in Arabic, one group not shown");
      page.navigate("/radar?round=" + made[0]);
      assertThat(page.locator("radar-chart g[data-signal='" + made[1] + "'] circle")).hasCount(1);
      assertThat(page.locator("radar-chart svg text").first()).isVisible();
      Axe.assertNoSeriousViolations(page, "the radar in Arabic");
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("radar-ar.png")).setFullPage(true));
    }
    api.as("secretariat").post("/radar/rounds/" + made[0] + "/close").expect(200);
  }

  @Test
  @DisplayName("A moderator merges a duplicate from the page: it leaves the table, its ratings count with the other")
  void moderatorMerges(Page page) {
    String[] made = roundWithOneSignal("Quantum keys " + UUID.randomUUID().toString().substring(0, 6));
    String duplicate = api.as("delegate-bra").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/radar/signals", new JsonObject().put("title", "Quantum again").put("description", "The same.")
            .put("category", "quantum").put("horizon", "3-10-years")).expect(201).json().getString("id");
    SignIn.fresh(page, "moderator");
    page.navigate("/radar?round=" + made[0]);
    assertThat(page.locator("radar-table tr[data-signal='" + duplicate + "']")).hasCount(1);
    Axe.assertNoSeriousViolations(page, "the radar with the moderator's merge form");
    page.locator("#radar-merge-duplicate").selectOption(duplicate);
    page.locator("#radar-merge-into").selectOption(made[1]);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge").setExact(true)).click();
    assertThat(page.locator("radar-table tr[data-signal='" + duplicate + "']")).hasCount(0);
    assertThat(page.locator("radar-table tr[data-signal='" + made[1] + "']")).hasCount(1);
    org.junit.jupiter.api.Assertions.assertEquals(made[1], api.as("delegate-fra").get("/radar/signals/" + duplicate)
        .expect(200).json().getString("mergedInto"));
    api.as("secretariat").post("/radar/rounds/" + made[0] + "/close").expect(200);
  }

  @Test
  @DisplayName("A moderator copies a closed round's citation into a summary: saved, it states the figures and leads"
      + " back to the signal, marked on the radar")
  void citedInASummary(Page page) throws Exception {
    String title = "Deepfake diplomacy " + UUID.randomUUID().toString().substring(0, 6);
    String[] made = roundWithOneSignal(title);
    api.as("secretariat").post("/radar/rounds/" + made[0] + "/close").expect(200);
    org.plenary.testing.Dialogue dialogue = org.plenary.testing.Dialogue.on(api);
    String thread = dialogue.openThread("moderator", "horizon-scanning");
    dialogue.comment("delegate-bra", thread, "Deepfakes of officials will test crisis communication.");
    String summary = api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json().getString("id");

    SignIn.fresh(page, "moderator");
    page.navigate("/radar?round=" + made[0]);
    Locator row = page.locator("radar-table tr[data-signal='" + made[1] + "']");
    row.getByText("Cite in a summary").click();
    String citation = row.locator("input").inputValue();
    org.junit.jupiter.api.Assertions.assertEquals("[" + title + "](/radar?round=" + made[0] + "&signal=" + made[1]
        + ")", citation);
    Axe.assertNoSeriousViolations(page, "the radar of a closed round, with a citation open");

    page.navigate("/summaries/" + summary);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit the text")).click();
    Locator text = page.getByLabel("Text (Markdown)");
    text.fill(text.inputValue() + "\n\nParticipants rated the signal " + citation + ".\n");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a new version")).click();
    Locator link = page.locator(".summary-text a[href*='signal=" + made[1] + "']");
    assertThat(link).hasText(title + ": likelihood 4, impact 5, median of 4 organizations, round 'Round " + title
        + "'");
    link.click();
    assertThat(page.locator("h1")).hasText("Horizon-scanning radar");
    assertThat(page.locator("radar-table tr.radar-table__row--cited")).hasAttribute("data-signal", made[1]);
    assertThat(page.locator("radar-table tr.radar-table__row--cited")).containsText("Cited");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("radar-cited.png")).setFullPage(true));
  }
}
