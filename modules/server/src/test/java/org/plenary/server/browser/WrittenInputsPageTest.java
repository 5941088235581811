package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
@DisplayName("Written inputs, in the browser: a stakeholder submits one, the Secretariat publishes it, the public reads it")
class WrittenInputsPageTest {

  private final Api api = TestServer.api();

  @Test
  @DisplayName("Contoso submits from the session's inputs page; the Secretariat publishes it there; it is listed for everyone")
  void submitPublishRead(Page page) throws Exception {
    String session = api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/sessions",
        new JsonObject().put("kind", "substantive").put("title", "Substantive session " + System.nanoTime())
            .put("number", 1).put("opensOn", "2027-07-05").put("closesOn", "2027-07-09").put("venue", "Conference Room 4")
            .put("timeZone", "America/New_York").put("audience", "states-and-stakeholders"))
        .expect(201).json().getString("id");
    api.as("secretariat").put("/sessions/" + session + "/agenda", new JsonObject().put("items", new JsonArray()
        .add(new JsonObject().put("title", "Capacity-building")))).expect(200);
    String title = "Threat intelligence sharing " + System.nanoTime();

    SignIn.fresh(page, "ps-contoso");
    page.navigate("/written-inputs?session=" + session);
    Locator form = page.locator("written-input-form").last();
    form.getByLabel("Title").fill(title);
    form.getByLabel("Agenda item").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("1. Capacity-building"));
    form.getByLabel("Text").fill("Contoso proposes voluntary sharing of indicators between CERTs.");
    form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit to the Secretariat")).click();
    Locator ours = page.locator(".written-input").filter(new Locator.FilterOptions().setHasText(title));
    assertThat(ours).containsText("awaiting review");
    Axe.assertNoSeriousViolations(page, "the written inputs of a session, for a stakeholder");

    try (BrowserContext staff = Chromium.newContext("en-GB")) {
      Page secretariat = staff.newPage();
      SignIn.fresh(secretariat, "secretariat");
      secretariat.navigate("/written-inputs?session=" + session);
      Locator pending = secretariat.locator(".written-input").filter(new Locator.FilterOptions().setHasText(title));
      assertThat(pending).containsText("agenda item 1");
      Axe.assertNoSeriousViolations(secretariat, "the Secretariat's review of written inputs");
      pending.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish")).click();
      assertThat(secretariat.locator("written-inputs")).containsText("No input awaits review");
    }

    try (BrowserContext anyone = Chromium.newContext("en-GB")) {
      Page reader = anyone.newPage();
      reader.navigate("/written-inputs?session=" + session);
      Locator published = reader.locator(".written-input").filter(new Locator.FilterOptions().setHasText(title));
      assertThat(published).containsText("Contoso Security");
      published.locator("summary").click();
      assertThat(published).containsText("voluntary sharing of indicators");
      Axe.assertNoSeriousViolations(reader, "the public list of a session's written inputs");
    }
  }
}
