package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.SampleFiles;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("The speakers list: delegations inscribe, the Chair runs the floor, and every open page follows it live")
class SpeakersListTest {

  private final Api api = TestServer.api();

  /** A session in progress with an agenda of five items; the speakers page of item 5. */
  private String itemFive() {
    JsonObject session = new JsonObject().put("kind", "substantive").put("title", "First substantive session "
        + System.nanoTime()).put("number", 1).put("opensOn", "2027-07-05").put("closesOn", "2027-07-09")
        .put("venue", "Conference Room 4").put("timeZone", "America/New_York").put("audience", "states");
    String id = api.as("secretariat").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/sessions", session).expect(201).json().getString("id");
    JsonArray items = new JsonArray();
    for (String title : new String[] {"Threats", "Norms", "International law", "Confidence-building",
        "Capacity-building"}) {
      items.add(new JsonObject().put("title", title));
    }
    String item = api.as("secretariat").put("/sessions/" + id + "/agenda", new JsonObject().put("items", items))
        .expect(200).json().getJsonArray("items").getJsonObject(4).getString("id");
    return "/sessions/" + id + "/items/" + item + "/speakers";
  }

  private void story(BrowserContext brazilBrowser, BrowserContext chairBrowser, String inscribe, String group,
                     String floor) {
    String speakers = itemFive();
    Page brazil = brazilBrowser.newPage();
    SignIn.fresh(brazil, "delegate-bra");
    brazil.navigate(speakers);
    brazil.locator("speakers-list select").selectOption("g77-china");
    brazil.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(inscribe)).click();
    assertThat(brazil.locator("speakers-list li.speaker")).hasCount(1);
    api.as("delegate-fra").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post(speakers, new JsonObject()).expect(201);
    Locator order = brazil.locator("speakers-list li.speaker");
    assertThat(order).hasCount(2);
    assertThat(order.first()).hasAttribute("data-organization", "BRA");
    assertThat(order.first()).containsText(group);
    assertThat(order.nth(1)).hasAttribute("data-organization", "FRA");
    brazil.evaluate("() => { window.sameDocument = true; }");

    Page chair = chairBrowser.newPage();
    SignIn.fresh(chair, "chair");
    chair.navigate(speakers);
    assertThat(chair.locator("chair-speakers-list li.speaker")).hasCount(2);
    chair.locator("h1").click();
    chair.keyboard().press("n");
    Locator onFloor = brazil.locator(".speakers__floor");
    assertThat(onFloor).hasAttribute("data-floor", "BRA");
    assertThat(onFloor).containsText(floor);
    chair.keyboard().press("n");
    assertThat(onFloor).hasAttribute("data-floor", "FRA");
    assertThat(order.first()).hasClass(java.util.regex.Pattern.compile("speaker--done"));
    chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(chairDone(floor))).click();
    assertThat(onFloor).hasAttribute("data-floor", "");
    chair.locator(".chair-speakers__limits summary").click();
    chair.locator(".chair-speakers__limits input[name=nationalSeconds]").fill("4");
    chair.locator(".chair-speakers__limits button[type=submit]").click();
    assertThat(order.nth(1).locator(".speaker__limit")).containsText("4");
    assertEquals(true, brazil.evaluate("() => window.sameDocument === true"), "no reload");
    Axe.assertNoSeriousViolations(brazil, "the speakers list");
    Axe.assertNoSeriousViolations(chair, "the Chair's speakers list");
  }

  private static String chairDone(String floor) {
    return floor.startsWith("On") ? "Done" : "انتهى";
  }

  @Test
  @DisplayName("Brazil inscribes for its group, France nationally under item 5: Brazil speaks first; the Chair moves"
      + " the floor with N and Brazil's open page sees it move without reloading")
  void english() {
    try (BrowserContext brazil = Chromium.newContext("en-GB"); BrowserContext chair = Chromium.newContext("en-GB")) {
      story(brazil, chair, "Inscribe Brazil", "on behalf of Group of 77 and China", "On the floor: Brazil");
    }
  }

  @Test
  @DisplayName("The same story in Arabic, right to left")
  void arabic() {
    try (BrowserContext brazil = Chromium.newContext("ar"); BrowserContext chair = Chromium.newContext("ar")) {
      story(brazil, chair, "تسجيل Brazil", "باسم Group of 77 and China", "الكلمة الآن لـ: Brazil");
    }
  }

  @Test
  @DisplayName("France posts its statement in French on the item's page, with its PDF; it is listed under the item and in France's"
      + " history on its directory page")
  void statement(Page page) {
    String speakers = itemFive();
    api.as("delegate-fra").withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post(speakers, new JsonObject()).expect(201);
    SignIn.fresh(page, "delegate-fra");
    page.navigate(speakers);
    page.getByLabel("Text of the statement").fill("Monsieur le Président, la France soutient le renforcement des"
        + " capacités.");
    page.getByLabel("Language delivered in").selectOption("fr");
    page.getByLabel("Check against delivery").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post the statement")).click();
    Locator statement = page.locator("item-statements article.statement");
    assertThat(statement).hasCount(1);
    assertThat(statement).containsText("Statement of France");
    assertThat(statement).containsText("Check against delivery");
    assertThat(statement).hasAttribute("lang", "fr");
    assertThat(page.locator("#announcer")).hasText("The statement is posted.");
    page.getByLabel("Attach the file of the statement (PDF, Word or ODT)").setInputFiles(new FilePayload(
        "declaration-france.pdf", "application/pdf", SampleFiles.pdf("Déclaration de la France")));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach").setExact(true)).click();
    assertThat(statement.locator(".statement__file")).containsText("File: declaration-france.pdf");
    assertThat(statement.locator(".statement__sha")).containsText("SHA-256");
    page.navigate("/organizations/FRA");
    assertThat(page.locator("organization-statements")).containsText("la France soutient le renforcement");
    Axe.assertNoSeriousViolations(page, "France's page with its statements");
  }
}
