package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Good practices in the browser: the list, one practice, the endorse and useful buttons, the form")
class GoodPracticesPageTest {

  private final Api api = TestServer.api();

  private String share(String persona, String title, String norm) {
    return api.as(persona).withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/good-practices",
        new JsonObject().put("title", title).put("what", "What " + title + " did.").put("who", "Its CERT")
            .put("lessons", "Exercise every year.").put("links", new JsonArray().add("A/70/174"))
            .put("language", "en").put("norms", new JsonArray().add(norm))).expect(201).json().getString("id");
  }

  @Test
  @DisplayName("Brazil's delegate finds France's practice by norm, endorses it and withdraws the endorsement")
  void endorseInEnglish(Page page) {
    String title = "France's exercise " + UUID.randomUUID().toString().substring(0, 6);
    share("delegate-fra", title, "norm-h");
    SignIn.fresh(page, "delegate-bra");
    page.navigate("/practices?norm=norm-h");
    assertThat(page.locator("h1")).hasText("Good practices");
    Axe.assertNoSeriousViolations(page, "the good practices");
    page.getByText(title).click();
    assertThat(page.locator("h1")).hasText(title);
    assertThat(page.locator("main")).containsText("A/70/174");
    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName("Endorse")).click();
    assertThat(page.locator("main")).containsText("1 State endorses it");
    assertThat(page.locator("section[aria-labelledby='practice-marks'] li")).hasText("Brazil");
    Axe.assertNoSeriousViolations(page, "one good practice, endorsed");
    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName("Withdraw the endorsement")).click();
    assertThat(page.locator("main")).containsText("No State endorses it");

    page.navigate("/practices/new");
    assertThat(page.locator("h1")).hasText("Share a good practice");
    Axe.assertNoSeriousViolations(page, "the form to share a good practice");
  }

  @Test
  @DisplayName("In Arabic, right to left, the public reads the list and one practice")
  void arabic() {
    String title = "Malawi's sector CERT " + UUID.randomUUID().toString().substring(0, 6);
    String id = share("delegate-mwi", title, "norm-g");
    try (BrowserContext arabic = Chromium.newContext("ar")) {
      Page page = arabic.newPage();
      page.navigate("/practices?norm=norm-g");
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      assertThat(page.locator("h1")).hasText("الممارسات الجيدة");
      assertThat(page.locator("main")).containsText(title);
      Axe.assertNoSeriousViolations(page, "the good practices in Arabic");
      page.navigate("/practices/" + id);
      assertThat(page.locator("h1")).hasText(title);
      assertThat(page.locator("main")).containsText("لم تؤيدها أي دولة");
      Axe.assertNoSeriousViolations(page, "one good practice in Arabic");
    }
  }
}
