package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Year;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("The needs-resources board, in the browser")
class BoardTest {

  /** A year of its own, as the capacity tests keep theirs (they take 1 to 7 years ahead), so rankings do not mix. */
  private static final int YEAR = Year.now(ZoneOffset.UTC).getValue() + 9;

  private final Api api = TestServer.api();

  @Test
  @DisplayName("The board shows Estonia's offer first for Malawi's need, with the explanation; Estonia proposes, Malawi "
      + "accepts, and each side's confirmation of the start and of completion waits for the other's")
  void estoniaFirstForMalawi(Page page) throws Exception {
    String title = "A national CERT for Malawi " + System.nanoTime();
    String need = api.as("delegate-mwi").post("/capacity/needs", listing(title, YEAR, YEAR)
        .put("modalities", new JsonArray().add("in-person").add("hybrid"))).expect(201).json().getString("id");
    api.as("delegate-est").post("/capacity/offers", listing("CERT training by Estonia " + System.nanoTime(), YEAR - 1, YEAR)
        .put("startsOn", (YEAR - 1) + "-06-01")
        .put("areas", new JsonArray().add("incident-management-certs").add("skills-workforce"))
        .put("regions", new JsonArray().add("african").add("asia-pacific"))
        .put("capacity", 3)).expect(201);
    api.as("ac-institute").post("/capacity/offers", listing("CERT course online " + System.nanoTime(), YEAR, YEAR)
        .put("modalities", new JsonArray().add("remote")).put("capacity", 3)).expect(201);

    page.navigate("/board");
    assertThat(page.locator("h1")).hasText("Needs and resources board");
    assertThat(page.locator("#board-by-area")).containsText("Incident management and CERTs");
    Axe.assertNoSeriousViolations(page, "the needs-resources board");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("board.png")).setFullPage(true));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();

    assertThat(page.locator("h1")).hasText(title);
    Locator first = page.locator(".match").first();
    assertThat(first.locator("h3")).containsText("No. 1");
    assertThat(first.locator("h3")).containsText("CERT training by Estonia");
    assertThat(first).containsText("Estonia · Score 96/100");
    Locator why = first.locator(".score-table");
    assertThat(why).isVisible();
    assertThat(why.locator("tr").filter(new Locator.FilterOptions().setHasText("Region")))
        .containsText("Serves the requesting State's regional group: African Group");
    assertThat(why.locator("tr").filter(new Locator.FilterOptions().setHasText("Region"))).containsText("16 of 20");
    // whole points, adding up to the score: the table's total is the score shown above it
    assertThat(why.locator("tfoot")).containsText("Score 96 of 100");
    assertThat(why.locator("tr").filter(new Locator.FilterOptions().setHasText("Areas")))
        .containsText("Covers all the need's areas: Incident management and CERTs");
    // Below Estonia's, among the offers that other tests on this shared server also posted.
    assertThat(page.locator(".match").filter(new Locator.FilterOptions().setHasText("CERT course online"))).hasCount(1);
    Axe.assertNoSeriousViolations(page, "a need with its ranked, explained matches");

    SignIn.fresh(page, "delegate-est");
    page.navigate("/board/needs/" + need);
    page.locator(".match").first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Propose an engagement")).click();
    page.getByLabel("Message for the other side (optional)").fill("Estonia can start with a CERT maturity assessment.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the proposal")).click();
    assertThat(page.getByRole(AriaRole.STATUS)).hasText("The proposal is sent; the other side accepts or declines it.");
    Locator estonian = page.locator("engagement-card");
    assertThat(estonian).containsText("Proposed");
    assertThat(estonian.locator(".engagement__waiting")).hasText("Waiting for Malawi to accept or decline.");

    try (BrowserContext malawians = Chromium.newContext("en-GB")) {
      Page malawi = malawians.newPage();
      SignIn.fresh(malawi, "delegate-mwi");
      malawi.navigate("/board/needs/" + need);
      Locator engagement = malawi.locator("engagement-card");
      assertThat(engagement).containsText("Estonia can start with a CERT maturity assessment.");
      engagement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept").setExact(true)).click();
      engagement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept the engagement")).click();
      assertThat(engagement.locator(".badge").first()).hasText("Agreed");
      confirmStart(engagement);
      assertThat(engagement.locator(".badge").first()).hasText("Agreed");
      assertThat(engagement.locator(".engagement__waiting")).hasText("Waiting for Estonia to confirm the start.");
      assertThat(engagement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm the start")
          .setExact(true))).hasCount(0);

      page.reload();
      confirmStart(estonian);
      assertThat(estonian.locator(".badge").first()).hasText("In progress");
      confirmCompletion(estonian, "Estonia ran two training cycles and a national exercise.");
      assertThat(estonian.locator(".badge").first()).hasText("In progress");
      assertThat(estonian.locator(".engagement__waiting")).hasText("Waiting for Malawi to confirm completion.");
      estonian.screenshot(new Locator.ScreenshotOptions().setPath(Chromium.artifact("engagement-waiting.png")));

      malawi.reload();
      Axe.assertNoSeriousViolations(malawi, "an engagement waiting for the requesting State's completion");
      confirmCompletion(engagement, "The national CERT is operational.");
      assertThat(engagement.locator(".badge").first()).hasText("Completed");
      assertThat(engagement).containsText("Outcome according to Malawi: The national CERT is operational.");
      assertThat(engagement).containsText("Outcome according to Estonia: Estonia ran two training cycles");
      assertThat(malawi.locator(".lead")).containsText("Need of Malawi");
    }
  }

  @Test
  @DisplayName("Malawi proposes an engagement with Contoso's offer and waits; Contoso, told of it, accepts it; only then "
      + "is one of the offer's engagements used")
  void providerAccepts(Page page) throws Exception {
    String title = "Incident response for Malawi " + System.nanoTime();
    String offerTitle = "Incident response coaching by Contoso " + System.nanoTime();
    String need = api.as("delegate-mwi").post("/capacity/needs", listing(title, YEAR, YEAR)
        .put("languages", new JsonArray().add("ln"))).expect(201).json().getString("id");
    String offer = api.as("ps-contoso").post("/capacity/offers", listing(offerTitle, YEAR, YEAR)
        .put("languages", new JsonArray().add("ln")).put("capacity", 3)).expect(201).json().getString("id");

    SignIn.fresh(page, "delegate-mwi");
    page.navigate("/board/needs/" + need);
    page.locator(".match").filter(new Locator.FilterOptions().setHasText(offerTitle))
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Propose an engagement")).click();
    page.getByLabel("Message for the other side (optional)").fill("Malawi would welcome Contoso's coaching.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the proposal")).click();
    Locator proposed = page.locator("engagement-card");
    assertThat(proposed.locator(".engagement__waiting")).hasText("Waiting for Contoso Security to accept or decline.");
    assertThat(proposed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw the proposal")))
        .isVisible();
    assertThat(proposed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept").setExact(true)))
        .hasCount(0);
    assertEquals(0, api.get("/capacity/offers/" + offer).json().getInteger("committed"), "a proposal uses nothing");

    awaitNotification("ps-contoso", need);
    try (BrowserContext contosos = Chromium.newContext("en-GB")) {
      Page contoso = contosos.newPage();
      SignIn.fresh(contoso, "ps-contoso");
      contoso.navigate("/notifications");
      Locator notice = contoso.locator(".notification").filter(new Locator.FilterOptions()
          .setHasText("An engagement was proposed to your organization: accept or decline it.")).first();
      assertThat(notice).isVisible();
      notice.getByRole(AriaRole.LINK).click();
      assertThat(contoso.locator("h1")).hasText(title);
      Locator engagement = contoso.locator("engagement-card");
      assertThat(engagement).containsText("Malawi would welcome Contoso's coaching.");
      assertThat(engagement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw the proposal")))
          .hasCount(0);
      Axe.assertNoSeriousViolations(contoso, "an engagement proposed to the provider");
      engagement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept").setExact(true)).click();
      assertThat(engagement).containsText("Your organization agrees to this engagement");
      engagement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept the engagement")).click();
      assertThat(engagement.locator(".badge").first()).hasText("Agreed");
      assertThat(engagement.locator(".engagement__waiting")).hasText("Waiting for Malawi and Contoso Security to confirm the start.");
      contoso.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("board-provider-accepted.png"))
          .setFullPage(true));
      contoso.navigate("/board/offers/" + offer);
      assertThat(contoso.locator(".listing-facts")).containsText("2 of 3");
    }
    assertEquals(1, api.get("/capacity/offers/" + offer).json().getInteger("committed"));
    page.reload();
    assertThat(page.locator("engagement-card .badge").first()).hasText("Agreed");
  }

  private static void confirmStart(Locator engagement) {
    engagement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm the start").setExact(true)).click();
    engagement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm the start now")).click();
  }

  private static void confirmCompletion(Locator engagement, String outcome) {
    engagement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm completion")).click();
    engagement.getByLabel("Your organization's outcome note: what was delivered and achieved").fill(outcome);
    engagement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the outcome")).click();
  }

  /** Notifications are made from events after the commit: waits until {@code persona}'s has arrived. */
  private void awaitNotification(String persona, String needId) throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      boolean arrived = api.as(persona).get("/me/notifications?limit=50").expect(200).items().stream()
          .map(JsonObject.class::cast)
          .anyMatch(n -> n.getJsonObject("details") != null && needId.equals(n.getJsonObject("details").getString("needId"))
              && "proposed".equals(n.getJsonObject("details").getString("step")));
      if (arrived) {
        return;
      }
      Thread.sleep(100);
    }
    fail("the proposal's notification never reached " + persona);
  }

  @Test
  @DisplayName("A State delegate posts a need through the form and lands on it with its matches; a stakeholder may not post one")
  void postANeed(Page page) {
    SignIn.fresh(page, "delegate-idn");
    page.navigate("/board");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Post a need")).click();
    assertThat(page.locator("h1")).hasText("Post a need");
    page.getByLabel("Title").fill("Cybercrime legislation review " + System.nanoTime());
    page.getByLabel("Description").fill("Review of the draft cybercrime law against international standards.");
    page.getByLabel("Cybercrime legislation").check();
    page.getByLabel("English").check();
    page.getByLabel("remote").check();
    page.getByLabel("Asia-Pacific Group").check();
    page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill(YEAR + "-02-01");
    page.getByLabel("To", new Page.GetByLabelOptions().setExact(true)).fill(YEAR + "-06-30");
    Axe.assertNoSeriousViolations(page, "the form to post a need");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post a need")).click();
    assertThat(page.locator(".lead")).containsText("Need of Indonesia");
    assertThat(page.locator(".listing-facts")).containsText("Cybercrime legislation");
    assertThat(page.locator(".listing-facts")).containsText("Indonesia and Asia-Pacific Group");

    try (BrowserContext other = Chromium.newContext("en-GB")) {
      Page stakeholder = other.newPage();
      SignIn.fresh(stakeholder, "cs-opennet");
      stakeholder.navigate("/board/new?type=need");
      assertThat(stakeholder.locator("main")).containsText("Needs are posted by delegates of States.");
    }
  }

  private static JsonObject listing(String title, int from, int to) {
    return new JsonObject().put("title", title).put("description", "Establish and mature a national CERT.")
        .put("areas", new JsonArray().add("incident-management-certs"))
        .put("languages", new JsonArray().add("en"))
        .put("modalities", new JsonArray().add("hybrid"))
        .put("startsOn", from + "-01-01").put("endsOn", to + "-12-31");
  }
}
