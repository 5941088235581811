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
import org.plenary.testing.ServerDatabase;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("The Points of Contact directory and a ping exercise's results in the browser, in English and Arabic")
class ContactsPagesTest {

  private final Api api = TestServer.api();

  /** Indonesia nominates its CERT; the Secretariat pings Indonesia and Malawi; Indonesia acknowledges; says the exercise. */
  private String exercise(String cert) {
    Api idn = api.as("delegate-idn");
    int version = idn.get("/contacts/IDN").expect(200).json().getInteger("version");
    idn.put("/contacts/IDN", new JsonObject().put("baseVersion", version).put("contacts", new JsonArray()
        .add(new JsonObject().put("kind", "technical").put("name", cert).put("email", "cert@bssn.example")
            .put("workingHours", "24/7").put("languages", new JsonArray().add("id").add("en"))))).expect(200);
    String id = api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/contacts/exercises", new JsonObject().put("states", new JsonArray().add("IDN").add("MWI"))
            .put("windowHours", 24)).expect(201).json().getString("id");
    String url = ServerDatabase.about("exerciseId", id).stream().filter(e -> "IDN".equals(e.payload().getString("stateId")) && e.payload().containsKey("acknowledgeUrl"))
        .findFirst().orElseThrow().payload().getString("acknowledgeUrl");
    api.anonymous().post("/contacts/acknowledgements/" + url.substring(url.lastIndexOf('/') + 1)).expect(200);
    return id;
  }

  @Test
  @DisplayName("Brazil's delegate reads the directory; the Secretariat reads the exercise's results by State and group")
  void english(Page page) throws Exception {
    String cert = "BSSN duty officer " + UUID.randomUUID().toString().substring(0, 6);
    String id = exercise(cert);
    SignIn.fresh(page, "delegate-bra");
    page.navigate("/contacts");
    assertThat(page.locator("h1")).hasText("Points of Contact directory");
    assertThat(page.locator(".contacts-table")).containsText(cert);
    Axe.assertNoSeriousViolations(page, "the directory");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("contacts-en.png")).setFullPage(true));
    page.navigate("/contacts/BRA/edit");
    assertThat(page.locator("h1")).containsText("Points of contact of");
    Axe.assertNoSeriousViolations(page, "the form of Brazil's points of contact");

    try (BrowserContext secretariat = Chromium.newContext("en")) {
      results(secretariat.newPage(), id);
    }
  }

  private static void results(Page page, String id) throws Exception {
    SignIn.fresh(page, "secretariat");
    page.navigate("/contacts/exercises/" + id);
    assertThat(page.locator("h1")).hasText("Results of a ping exercise");
    assertThat(page.locator("table").first()).containsText("Indonesia");
    assertThat(page.locator("table").first()).containsText("Acknowledged");
    assertThat(page.locator("main")).containsText("Pending");
    assertThat(page.locator("table").last()).containsText("African Group");
    Axe.assertNoSeriousViolations(page, "an exercise's results");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("ping-results-en.png")).setFullPage(true));
    page.navigate("/contacts/exercises");
    assertThat(page.locator("h2")).containsText("Start a ping exercise");
    Axe.assertNoSeriousViolations(page, "the exercises and the form to start one");
  }

  @Test
  @DisplayName("In Arabic, right to left: France's delegate reads the directory and the exercise's aggregate")
  void arabic() throws Exception {
    String cert = "BSSN " + UUID.randomUUID().toString().substring(0, 6);
    String id = exercise(cert);
    try (BrowserContext arabic = Chromium.newContext("ar")) {
      Page page = arabic.newPage();
      SignIn.fresh(page, "delegate-fra");
      page.navigate("/contacts");
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      assertThat(page.locator("h1")).hasText("دليل جهات الاتصال");
      assertThat(page.locator(".contacts-table")).containsText(cert);
      Axe.assertNoSeriousViolations(page, "the directory in Arabic");
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("contacts-ar.png")).setFullPage(true));
      page.navigate("/contacts/exercises/" + id);
      assertThat(page.locator("h1")).hasText("نتائج تمرين التحقق");
      assertThat(page.locator("table")).hasCount(1);
      assertThat(page.locator("table")).containsText("جميع الدول المعنية");
      Axe.assertNoSeriousViolations(page, "an exercise's aggregate in Arabic");
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("ping-results-ar.png")).setFullPage(true));
    }
  }

  @Test
  @DisplayName("cs-opennet opening the directory reads that it is not found")
  void stakeholder(Page page) {
    SignIn.fresh(page, "cs-opennet");
    page.navigate("/contacts");
    assertThat(page.locator("main problem-alert")).containsText("Points of Contact directory is read by");
  }

  @Test
  @DisplayName("Malawi's points of contact silent in two exercises in a row: its delegate's home page offers the"
      + " training need, which the results page posts")
  void trainingOfferOnHome(Page page) {
    Api mwi = api.as("delegate-mwi");
    int version = mwi.get("/contacts/MWI").expect(200).json().getInteger("version");
    mwi.put("/contacts/MWI", new JsonObject().put("baseVersion", version).put("contacts", new JsonArray()
        .add(new JsonObject().put("kind", "diplomatic").put("name", "Cyber desk").put("email", "cyber@mfa.example"))))
        .expect(200);
    for (int daysAgo : new int[] {6, 3}) {
      String id = api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString())
          .post("/contacts/exercises", new JsonObject().put("states", new JsonArray().add("MWI"))
              .put("windowHours", 24)).expect(201).json().getString("id");
      ServerDatabase.backdateExercise(id, daysAgo);
    }
    org.junit.jupiter.api.Assertions.assertTrue(mwi.get("/contacts/MWI/training-offer").expect(200).json()
        .getBoolean("offered"));
    SignIn.fresh(page, "delegate-mwi");
    page.navigate("/");
    var offer = page.locator("[data-testid='home-training-offer'] a");
    assertThat(offer).hasText("Your points of contact did not answer the last 2 ping exercises: post a “points of"
        + " contact training” need");
    Axe.assertNoSeriousViolations(page, "the home page with the training offer");
    offer.click();
    assertThat(page.locator("#pings-training")).hasText("Points of contact training");
  }
}
