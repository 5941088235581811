package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonObject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Opening, writing and moderating threads, in the browser")
class ThreadActionsTest {

  private final Dialogue dialogue = Dialogue.on(TestServer.api());

  @Test
  @DisplayName("A moderator opens a Chatham House consultation with a closing date, guiding questions and a norm tag")
  void moderatorOpensAConsultation(Page page) {
    String title = "Consultation on vulnerability disclosure " + System.nanoTime();
    SignIn.fresh(page, "moderator");
    page.navigate("/topics/norms");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open a thread")).click();
    assertThat(page.locator("h1")).hasText("Open a thread");
    page.getByLabel("Kind of thread").selectOption("consultation");
    page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
    page.getByLabel("Introduction", new Page.GetByLabelOptions().setExact(true)).fill("How should vulnerabilities be **reported**?");
    page.getByLabel("Who may read it").selectOption("participants");
    page.getByLabel("Closes on").fill(LocalDateTime.now().plusDays(4).truncatedTo(ChronoUnit.MINUTES)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    page.getByLabel("Guiding questions").fill("Who should receive reports?\nHow fast should vendors respond?");
    page.getByLabel("Hold this thread under the Chatham House Rule").check();
    page.getByLabel("Norm (j): report ICT vulnerabilities").check();
    Axe.assertNoSeriousViolations(page, "the form to open a thread");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the thread")).click();

    assertThat(page.locator("h1")).hasText(title);
    assertThat(page.getByRole(AriaRole.NOTE).first()).containsText("Chatham House Rule");
    assertThat(page.locator(".guiding-questions li")).hasText(new String[] {"Who should receive reports?",
        "How fast should vendors respond?"});
    assertThat(page.locator("main")).containsText("Closes in 4 days");
    assertThat(page.locator(".tags a")).hasText("Norm (j): report ICT vulnerabilities");
    assertThat(page.locator(".prose strong")).hasText("reported");
  }

  @Test
  @DisplayName("A delegate of a State may open a discussion only; a stakeholder is not offered to open a thread")
  void whoOpensWhat(Page page) {
    SignIn.fresh(page, "delegate-idn");
    page.navigate("/topics/capacity-building/new");
    assertThat(page.getByLabel("Kind of thread")).hasCount(0);
    assertThat(page.getByLabel("Closes on")).hasCount(0);
    try (BrowserContext other = Chromium.newContext("en-GB")) {
      Page stakeholder = other.newPage();
      SignIn.fresh(stakeholder, "ac-institute");
      stakeholder.navigate("/topics/capacity-building");
      assertThat(stakeholder.locator("h1")).hasText("Capacity-building");
      assertThat(stakeholder.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open a thread"))).hasCount(0);
    }
  }

  @Test
  @DisplayName("Brazil delivers a joint statement on behalf of States chosen in the picker, edits it, then withdraws it")
  void jointStatementEditedAndWithdrawn(Page page) throws Exception {
    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("kind", "position-call"));

    SignIn.fresh(page, "delegate-bra");
    page.navigate("/threads/" + thread);
    page.getByLabel("Kind of post").selectOption("position");
    page.getByLabel("Find a State").fill("chi");
    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Chile")).click();
    page.getByLabel("Find a State").fill("Mex");
    assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Chile"))).isHidden();
    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Mexico")).click();
    assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Mexico")))
        .hasAttribute("aria-selected", "true");
    assertThat(page.locator(".state-picker__chosen")).hasText("Chosen (2): Chile and Mexico");
    Axe.assertNoSeriousViolations(page, "the position composer with the States picker");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("states-picker.png")));
    page.getByLabel("Your text").fill("I have the honour to speak on behalf of Brazil, Chile and Mexico.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();

    Locator position = page.locator("article").first();
    assertThat(position).containsText("On behalf of: Chile and Mexico");

    position.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit").setExact(true)).click();
    assertThat(position).containsText("You are editing version 1.");
    position.getByLabel("Your text").fill("I have the honour to speak on behalf of Argentina's neighbours: Chile and Mexico.");
    position.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes")).click();
    assertThat(position).containsText("Your changes are saved as version 2.");
    assertThat(position.locator(".post__byline")).containsText("version 2");
    assertThat(position.locator(".prose")).containsText("Argentina's neighbours");

    position.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw position")).click();
    position.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw now")).click();
    assertThat(position).containsText("Withdrawn on");
    assertThat(position.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit").setExact(true))).hasCount(0);
  }

  @Test
  @DisplayName("A moderator locks a thread with a reason: posting stops, and reopening restores it")
  void lockAndReopen(Page page) {
    String title = "Thread to lock " + System.nanoTime();
    String thread = dialogue.openThread("delegate-fra", "international-law", new JsonObject().put("title", title));
    SignIn.fresh(page, "moderator");
    page.navigate("/threads/" + thread);
    Locator controls = page.locator("thread-moderation");
    controls.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lock")).click();
    page.getByLabel("Reason (kept in the audit log)").fill("Cooling-off period after personal remarks.");
    Axe.assertNoSeriousViolations(page, "a thread with the moderators' controls open");
    controls.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lock the thread")).click();
    assertThat(page.locator(".thread__facts")).containsText("Locked");
    assertThat(page.locator(".take-part")).containsText("This thread does not take posts now");

    controls.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reopen")).click();
    page.getByLabel("Reason (kept in the audit log)").fill("Discussion may resume.");
    controls.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reopen the thread")).click();
    assertThat(page.locator(".thread__facts")).containsText("Open");
    assertThat(page.getByLabel("Your text")).isVisible();

    page.navigate("/audit?subjectType=thread&subjectId=" + thread);
    assertThat(page.locator("tbody tr")).hasCount(2);
    assertThat(page.locator("tbody tr").first()).containsText("Thread reopened");
    assertThat(page.locator("tbody tr").last()).containsText("Cooling-off period after personal remarks.");
  }

  @Test
  @DisplayName("Malawi takes its name off a joint statement delivered on its behalf; the EU may speak only for its members")
  void speakingForOthers(Page page) {
    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("kind", "position-call"));
    long joint = dialogue.post("delegate-bra", thread, new JsonObject().put("kind", "position")
        .put("body", "On behalf of a cross-regional group.")
        .put("onBehalfOf", new io.vertx.core.json.JsonArray().add("MWI").add("IDN"))).expect(201).json().getLong("id");
    // Malawi had confirmed the statement (a State named is pending until it does; see JointStatementTest)
    TestServer.api().as("delegate-mwi").post("/posts/" + joint + "/on-behalf-of/MWI/confirm").expect(200);

    SignIn.fresh(page, "delegate-mwi");
    page.navigate("/threads/" + thread);
    Locator statement = page.locator("#post-" + joint);
    assertThat(statement).containsText("On behalf of: Indonesia and Malawi");
    statement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take our name off")).click();
    statement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take our name off now")).click();
    assertThat(statement).containsText("Your State's name is taken off the statement.");
    assertThat(statement).containsText("On behalf of: Indonesia");
    assertThat(statement).not().containsText("Malawi");

    try (BrowserContext other = Chromium.newContext("en-GB")) {
      Page eu = other.newPage();
      SignIn.fresh(eu, "delegate-eu");
      eu.navigate("/threads/" + thread);
      eu.getByLabel("Kind of post").selectOption("position");
      eu.getByLabel("Find a State").fill("an");
      assertThat(eu.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("France").setExact(true))).isVisible();
      assertThat(eu.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Brazil").setExact(true))).hasCount(0);
    }
  }
}
