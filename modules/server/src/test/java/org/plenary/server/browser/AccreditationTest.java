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
import org.plenary.server.support.Api;
import org.plenary.server.support.PlenaryTest;
import org.plenary.server.support.TestServer;

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
}
