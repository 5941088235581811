package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;
import org.plenary.testing.TokenForge;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Accreditation by non-objection, in the browser")
class AccreditationTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("The Secretariat registers a stakeholder; Russia objects with a reason; the Secretariat closes the window: objected")
  void objectionStory(Page page) {
    String name = "Observatory for Network Security " + UUID.randomUUID().toString().substring(0, 6);

    SignIn.fresh(page, "secretariat");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accreditation")).click();
    assertThat(page.locator("h1")).hasText("Accreditation of stakeholders");
    Locator form = page.locator("form").filter(new Locator.FilterOptions().setHasText("Length of the non-objection window"));
    form.getByLabel("Name of the organization").fill(name);
    form.getByLabel("Kind").selectOption("academia");
    form.getByLabel("Where the organization is based").selectOption("KEN");
    form.getByLabel("Website").fill("https://observatory.example.org");
    form.getByLabel("Purpose and activities").fill("Measures the resilience of critical networks in East Africa.");
    form.getByLabel("Length of the non-objection window, in days (default 10)").fill("7");
    Axe.assertNoSeriousViolations(page, "the accreditation page for the Secretariat");
    form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Register")).click();
    assertThat(page.getByRole(AriaRole.STATUS)).hasText("The application of " + name + " is received; the non-objection window is open.");
    Locator application = page.locator("accreditation-card").filter(new Locator.FilterOptions().setHasText(name));
    assertThat(application).containsText("Closes in 7 days");

    try (BrowserContext russians = Chromium.newContext("en-GB")) {
      Page russia = russians.newPage();
      SignIn.fresh(russia, "delegate-rus");
      russia.navigate("/accreditation");
      Locator theirs = russia.locator("accreditation-card").filter(new Locator.FilterOptions().setHasText(name));
      theirs.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Object")).click();
      theirs.getByLabel("Reason (optional)").fill("Its funding is not transparent.");
      Axe.assertNoSeriousViolations(russia, "the applications for a State delegate, objecting");
      theirs.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the objection")).click();
      assertThat(theirs).containsText("Objections (1)");
      assertThat(theirs).containsText("Russian Federation");
      assertThat(theirs).containsText("Its funding is not transparent.");
      assertThat(theirs.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw our objection"))).isVisible();
    }

    page.reload();
    application = page.locator("accreditation-card").filter(new Locator.FilterOptions().setHasText(name));
    assertThat(application).containsText("Its funding is not transparent.");
    application.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close the window now")).click();
    assertThat(page.getByRole(AriaRole.STATUS)).hasText("The window is closed and the application decided.");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Objected to")).click();
    assertThat(page.locator("accreditation-card").filter(new Locator.FilterOptions().setHasText(name)))
        .containsText("window closed by the Secretariat");
  }

  @Test
  @DisplayName("A stakeholder applies for its organization and follows the application, never seeing who objects")
  void applicantSeesNoObjectors(Page page) {
    SignIn.fresh(page, "cs-pending");
    page.navigate("/accreditation");
    assertThat(page.locator("#accreditation-own")).hasText("Accreditation of Digital Rights Watch");
    assertThat(page.locator("main")).containsText("Your organization has not applied yet.");
    Locator form = page.locator("form").filter(new Locator.FilterOptions().setHasText("Purpose and activities"));
    assertThat(form.getByLabel("Name of the organization")).hasValue("Digital Rights Watch");
    assertThat(form.getByLabel("Kind")).hasValue("civil-society");
    form.getByLabel("Where the organization is based").selectOption("ZAF");
    form.getByLabel("Website").fill("https://digitalrights.example.org");
    form.getByLabel("Purpose and activities").fill("Defends human rights online and documents the harm of cyber operations.");
    Axe.assertNoSeriousViolations(page, "the application form of a stakeholder");
    form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply")).click();
    assertThat(page.getByRole(AriaRole.STATUS))
        .hasText("The application of Digital Rights Watch is received; the non-objection window is open.");
    Locator mine = page.locator("accreditation-card").first();
    assertThat(mine).containsText("Accreditation pending");
    assertThat(mine).containsText("Closes in 10 days");

    JsonObject application = api.as("cs-pending").get("/accreditations").expect(200).items().getJsonObject(0);
    api.as("delegate-idn").post("/accreditations/" + application.getString("id") + "/objections",
        new JsonObject().put("reason", "A reason for States only.")).expect(201);
    page.reload();
    assertThat(page.locator("accreditation-card").first()).containsText("Accreditation pending");
    String everything = page.locator("main").innerText();
    for (String hidden : new String[] {"Indonesia", "A reason for States only.", "Objections ("}) {
      org.junit.jupiter.api.Assertions.assertFalse(everything.contains(hidden), () -> "the applicant sees '" + hidden + "'");
    }
  }

  @Test
  @DisplayName("The Secretariat confirms the ECOSOC status a stakeholder claims: accredited at once; a State is not offered to")
  void secretariatConfirmsEcosocStatus(Page page) throws Exception {
    String organization = "org-" + UUID.randomUUID().toString().substring(0, 8);
    String name = "Network Rights Forum " + organization;
    Api delegate = delegateOf(organization);
    JsonObject first = api.as("secretariat").post("/accreditations", application(name, false).put("organizationId", organization))
        .expect(201).json();
    // Its first application was objected to, so that the organization's own delegate may apply again, claiming the status.
    api.as("delegate-rus").post("/accreditations/" + first.getString("id") + "/objections", new JsonObject()).expect(201);
    api.as("secretariat").post("/accreditations/" + first.getString("id") + "/close").expect(200);
    delegate.post("/accreditations", application(name, true)).expect(201);

    try (BrowserContext france = Chromium.newContext("en-GB")) {
      Page state = france.newPage();
      SignIn.fresh(state, "delegate-fra");
      state.navigate("/accreditation");
      Locator seen = state.locator("accreditation-card").filter(new Locator.FilterOptions().setHasText(name)).first();
      assertThat(seen).containsText("Claims ECOSOC status (not confirmed)");
      assertThat(seen.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm ECOSOC status"))).hasCount(0);
    }

    SignIn.fresh(page, "secretariat");
    page.navigate("/accreditation");
    Locator claim = page.locator("accreditation-card").filter(new Locator.FilterOptions().setHasText(name)).first();
    assertThat(claim).containsText("Accreditation pending");
    claim.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm ECOSOC status")).click();
    assertThat(claim.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm and accredit"))).isVisible();
    assertThat(claim).containsText("ECOSOC list of organizations in consultative status");
    Axe.assertNoSeriousViolations(page, "an ECOSOC claim with the confirmation open");
    claim.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm and accredit")).click();

    assertThat(page.locator("p.status[role=status]")).hasText("The ECOSOC status of " + name + " is confirmed: it is accredited.");
    assertThat(claim.locator(".badge").first()).hasText("Accredited");
    assertThat(claim).containsText("ECOSOC consultative status");
    assertThat(claim).containsText("accredited on notification (ECOSOC status)");
    assertThat(claim.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm ECOSOC status"))).hasCount(0);
    assertThat(page.locator("section[aria-labelledby=accreditation-list]")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name))).isVisible();
  }

  @Test
  @DisplayName("The Chair follows an application Russia objected to, without seeing who objected; a member of France's delegation sees it")
  void chairSeesNoObjectors(Page page) {
    String name = "Centre for Digital Trust " + UUID.randomUUID().toString().substring(0, 6);
    String id = api.as("secretariat").post("/accreditations", application(name, false)
            .put("organizationId", "centre-" + UUID.randomUUID().toString().substring(0, 8)))
        .expect(201).json().getString("id");
    api.as("delegate-rus").post("/accreditations/" + id + "/objections",
        new JsonObject().put("reason", "Its board is appointed by a single company.")).expect(201);

    SignIn.fresh(page, "chair");
    page.navigate("/accreditation");
    Locator seen = page.locator("accreditation-card").filter(new Locator.FilterOptions().setHasText(name));
    assertThat(seen).containsText("Accreditation pending");
    assertThat(page.locator("section[aria-labelledby=accreditation-all] > p.muted"))
        .containsText("the Chair and moderators ask the Secretariat");
    assertThat(seen).not().containsText("Objections");
    assertThat(seen).not().containsText("Russian Federation");
    assertThat(seen).not().containsText("appointed by a single company");
    Axe.assertNoSeriousViolations(page, "the applications for the Chair");

    try (BrowserContext french = Chromium.newContext("en-GB")) {
      Page member = french.newPage();
      SignIn.fresh(member, "member-fra");
      member.navigate("/accreditation");
      Locator theirs = member.locator("accreditation-card").filter(new Locator.FilterOptions().setHasText(name));
      assertThat(theirs).containsText("Objections (1)");
      assertThat(theirs).containsText("Russian Federation");
      assertThat(theirs).containsText("Its board is appointed by a single company.");
      assertThat(theirs.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Object"))).hasCount(0);
    }
  }

  private static JsonObject application(String name, boolean ecosoc) {
    return new JsonObject().put("name", name).put("kind", "civil-society").put("country", "KEN")
        .put("website", "https://example.org/rights").put("ecosocStatus", ecosoc)
        .put("purpose", "Research and advocacy on the security of ICTs and human rights online.");
  }

  /** A delegate of a stakeholder no demo persona belongs to, signed in with a token of the dev issuer. */
  private static Api delegateOf(String organization) throws Exception {
    TestServer.Running server = TestServer.running();
    JsonObject claims = TokenForge.delegateClaims(server.baseUrl() + "/dev-idp", "delegate-of-" + organization)
        .put("organization", organization).put("name", "Delegate of " + organization);
    return new Api(server.baseUrl()).withToken(TokenForge.devIssuer(server).sign(claims));
  }
}
