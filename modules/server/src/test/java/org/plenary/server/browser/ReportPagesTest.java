package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("The published reports, one report and the coverage of the norms, in the browser")
class ReportPagesTest {

  private final Api api = TestServer.api();

  private void publish(String persona, String cycle, String state, String audience, String... norms) {
    JsonObject byNorm = new JsonObject();
    for (String norm : norms) {
      byNorm.put("norm-" + norm, new JsonObject().put("understanding", state + " on norm (" + norm + ")."));
    }
    String path = "/reporting-cycles/" + cycle + "/reports/" + state;
    Api as = api.as(persona);
    as.put(path + "/draft", new JsonObject().put("baseVersion", 0).put("language", "en")
        .put("answers", new JsonObject().put("norms", byNorm))).expect(200);
    as.post(path + "/submit").expect(200);
    as.post(path + "/publish", new JsonObject().put("audience", audience)).expect(200);
  }

  private String cycle() {
    String id = "p-" + UUID.randomUUID().toString().substring(0, 8);
    api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/reporting-cycles",
        new JsonObject().put("id", id).put("title", "Pages cycle " + id).put("cutOff", "2026-12-31")).expect(201);
    return id;
  }

  private static double barWidth(Page page, String norm) {
    return ((Number) page.locator("tr").filter(new Locator.FilterOptions().setHasText(norm)).locator(".coverage-bar rect")
        .evaluate("bar => bar.getBoundingClientRect().width")).doubleValue();
  }

  @Test
  @DisplayName("The coverage page counts norm (f) twice for Brazil's delegate, once for the public; its table reads")
  void coverage(Page page) {
    String cycle = cycle();
    publish("delegate-fra", cycle, "FRA", "public", "c", "f", "j");
    publish("delegate-mwi", cycle, "MWI", "states", "f", "g");
    SignIn.fresh(page, "delegate-bra");
    page.navigate("/reports/" + cycle + "/coverage");
    Locator normF = page.locator("tr").filter(new Locator.FilterOptions().setHasText("Norm (f)"));
    assertThat(normF.locator("td").first()).hasText("2");
    // The bar draws what the table says: norm (g)'s one State is half of norm (f)'s two, norm (a)'s none is nothing
    // (a bar sized by a style attribute is refused by the Content-Security-Policy and fills every cell alike).
    double f = barWidth(page, "Norm (f)");
    assertEquals(0.5, barWidth(page, "Norm (g)") / f, 0.05);
    assertEquals(0.0, barWidth(page, "Norm (a)"), 0.5);
    Axe.assertNoSeriousViolations(page, "the coverage of the norms");
    page.navigate("/reports?cycle=" + cycle);
    assertThat(page.locator(".report-table tbody tr")).hasCount(2);
    page.locator(".report-table").getByText("France").click();
    // The State's name is isolated (U+2066..U+2069) in the heading, as every name shown in a sentence is.
    assertThat(page.locator("h1")).hasText("National report of \u2068France\u2069, cycle " + cycle);
    assertThat(page.locator(".report-answers")).containsText("FRA on norm (j).");
    Axe.assertNoSeriousViolations(page, "a published national report");
  }

  @Test
  @DisplayName("In Arabic, right to left, the public reads France's report in the list but not Malawi's")
  void arabicPublic() {
    String cycle = cycle();
    publish("delegate-fra", cycle, "FRA", "public", "c");
    publish("delegate-mwi", cycle, "MWI", "states", "g");
    try (BrowserContext arabic = Chromium.newContext("ar")) {
      Page page = arabic.newPage();
      page.navigate("/reports?cycle=" + cycle);
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      assertThat(page.locator("h1")).hasText("التقارير الوطنية بشأن التنفيذ");
      assertThat(page.locator(".report-table tbody tr")).hasCount(1);
      assertThat(page.locator(".report-table")).containsText("France");
      Axe.assertNoSeriousViolations(page, "the published reports in Arabic");
      page.navigate("/reports/" + cycle + "/coverage");
      Locator normG = page.locator("tr").filter(new Locator.FilterOptions().setHasText("القاعدة (ز)"));
      // Arabic numbers may be written in Arabic-Indic digits.
      assertThat(normG.locator("td").first()).hasText(Pattern.compile("^\\s*(0|\u0660)\\s*$"));
    }
  }

  @Test
  @DisplayName("The Secretariat's Compile button downloads the cycle's compilation as Word; the public sees no button")
  void compile(Page page) {
    String cycle = cycle();
    publish("delegate-fra", cycle, "FRA", "public", "c");
    SignIn.fresh(page, "secretariat");
    page.navigate("/reports?cycle=" + cycle);
    com.microsoft.playwright.Download download = page.waitForDownload(() -> page.getByRole(
        com.microsoft.playwright.options.AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName("Compile as Word (.docx)")).click());
    org.junit.jupiter.api.Assertions.assertEquals("compilation-" + cycle + ".docx", download.suggestedFilename());
    assertThat(page.locator("#reports-compile ~ p[role='status']")).containsText("compilation-" + cycle + ".docx");
    Axe.assertNoSeriousViolations(page, "the reports with the Compile buttons");
    try (BrowserContext anonymous = Chromium.newContext("en")) {
      Page reader = anonymous.newPage();
      reader.navigate("/reports?cycle=" + cycle);
      assertThat(reader.locator(".report-table tbody tr")).hasCount(1);
      assertThat(reader.locator("#reports-compile")).hasCount(0);
    }
  }
}
