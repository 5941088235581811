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
@DisplayName("The session page, in the browser, in English and in Arabic")
class SessionPageTest {

  private static final String[] ITEMS = {"Opening of the session and adoption of the agenda", "Organization of work",
      "General exchange of views", "Existing and potential threats in the sphere of ICT security",
      "Confidence-building measures"};

  private final Api api = TestServer.api();

  /** A substantive session in New York, opened, its agenda of five items adopted, one meeting at 10:00 there. */
  private String substantiveSession(String title) {
    Api secretariat = api.as("secretariat");
    String id = secretariat.withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/sessions",
        new JsonObject().put("kind", "substantive").put("title", title).put("number", 1).put("opensOn", "2027-07-05")
            .put("closesOn", "2027-07-09").put("venue", "Conference Room 4, United Nations Headquarters, New York")
            .put("timeZone", "America/New_York").put("audience", "states-and-stakeholders"))
        .expect(201).json().getString("id");
    JsonArray items = new JsonArray();
    for (String item : ITEMS) {
      items.add(new JsonObject().put("title", item));
    }
    String item5 = secretariat.put("/sessions/" + id + "/agenda", new JsonObject().put("items", items)).expect(200)
        .json().getJsonArray("items").getJsonObject(4).getString("id");
    secretariat.post("/sessions/" + id + "/status", new JsonObject().put("status", "in-progress")).expect(200);
    secretariat.post("/sessions/" + id + "/agenda/adoption").expect(200);
    secretariat.withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/sessions/" + id + "/meetings",
        new JsonObject().put("title", "1st meeting").put("date", "2027-07-05").put("start", "10:00").put("end", "13:00")
            .put("agendaItems", new JsonArray().add(item5))).expect(201);
    return id;
  }

  @Test
  @DisplayName("A reader sees the adopted agenda, its versions, and each meeting at the venue's time and their own")
  void english(Page page) throws Exception {
    String title = "First substantive session " + System.nanoTime();
    String id = substantiveSession(title);
    page.navigate("/sessions");
    assertThat(page.locator("#sessions-in-progress")).isVisible();
    Axe.assertNoSeriousViolations(page, "the calendar of sessions");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
    assertThat(page.locator("h1")).hasText(title);
    assertThat(page.locator(".session-facts")).containsText("America/New_York");
    Locator agenda = page.locator("#session-agenda");
    assertThat(agenda.locator("h3").first()).hasText("Agenda as adopted (version 2)");
    assertThat(agenda.locator(".agenda-item").nth(4)).containsText("5. Confidence-building measures");
    Locator meeting = page.locator(".meeting").first();
    assertThat(meeting).containsText("10:00 AM–1:00 PM");
    assertThat(meeting).containsText("(time at the venue, America/New_York)");
    assertThat(meeting).containsText("Your time:");
    assertThat(meeting).containsText("2:00 PM–5:00 PM");
    assertThat(meeting).containsText("5. Confidence-building measures");
    assertThat(page.locator("section#session-speakers")).hasCount(1);
    assertThat(page.locator("section#session-documents")).hasCount(1);
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add this session and its meetings"
        + " to your calendar (.ics)"))).hasAttribute("href", "/api/v1/sessions/" + id + "/calendar.ics");
    page.locator(".agenda-versions summary").click();
    assertThat(page.locator(".agenda-version")).hasCount(2);
    assertThat(page.locator(".agenda-version").nth(1)).containsText("Provisional agenda (version 1)");
    Axe.assertNoSeriousViolations(page, "a session page with its agenda and programme of work");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("session.png")).setFullPage(true));
  }

  @Test
  @DisplayName("In Arabic the session page reads right to left, in Arabic, and stays accessible")
  void arabic() throws Exception {
    String title = "First substantive session " + System.nanoTime();
    String id = substantiveSession(title);
    try (BrowserContext arabic = Chromium.newContext("ar")) {
      Page page = arabic.newPage();
      page.navigate("/sessions/" + id);
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      assertThat(page.locator("h1")).hasText(title);
      assertThat(page.locator("#session-agenda-heading")).hasText("جدول الأعمال");
      assertThat(page.locator("#session-programme-heading")).hasText("برنامج العمل");
      assertThat(page.locator(".session-facts")).containsText("دورة موضوعية");
      assertThat(page.locator(".meeting").first()).containsText("بتوقيت المكان");
      Axe.assertNoSeriousViolations(page, "the session page in Arabic");
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("session-ar.png")).setFullPage(true));
    }
  }

  @Test
  @DisplayName("The Secretariat sets the agenda, opens the session, adopts the agenda and schedules a meeting")
  void secretariatForms(Page page) throws Exception {
    String title = "Thematic group on capacity-building " + System.nanoTime();
    SignIn.fresh(page, "secretariat");
    page.navigate("/sessions");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schedule a session")).click();
    page.getByLabel("Kind").selectOption("thematic-group");
    page.getByLabel("Title").fill(title);
    page.getByLabel("Opens on").fill("2027-09-14");
    page.getByLabel("Closes on").fill("2027-09-15");
    page.getByLabel("Time zone of the venue").fill("Europe/Zurich");
    page.getByLabel("States only").check();
    Axe.assertNoSeriousViolations(page, "the form to schedule a session");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the session")).click();
    assertThat(page.locator("h1")).hasText(title);
    assertThat(page.locator(".session-facts")).containsText("Virtual");
    page.getByLabel("Agenda items, one per line").fill("Opening of the meeting\nNeeds-based capacity-building\n"
        + "- Lessons learned\n- The Global Portal\nOther matters");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the agenda")).click();
    assertThat(page.locator("#session-agenda h3").first()).hasText("Provisional agenda (version 1)");
    assertThat(page.locator("#session-agenda")).containsText("2(b)");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the session")).click();
    assertThat(page.locator(".session-facts")).containsText("In progress");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adopt the agenda")).click();
    assertThat(page.locator("#session-agenda h3").first()).hasText("Agenda as adopted (version 2)");
    page.getByLabel("Meeting", new Page.GetByLabelOptions().setExact(true)).fill("1st meeting");
    page.getByLabel("Starts at (Europe/Zurich)").fill("10:00");
    page.getByLabel("Ends at (Europe/Zurich)").fill("13:00");
    page.getByLabel("2. Needs-based capacity-building").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule").setExact(true)).click();
    Locator meeting = page.locator(".meeting").first();
    assertThat(meeting).containsText("1st meeting");
    assertThat(meeting).containsText("10:00 AM–1:00 PM");
    Axe.assertNoSeriousViolations(page, "the session page with the Secretariat's forms");
  }
}
