package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonArray;
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
@DisplayName("Editing a thread, in the browser")
class ThreadEditingTest {

  private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final Dialogue dialogue = Dialogue.on(TestServer.api());

  @Test
  @DisplayName("With the keyboard, the author of a discussion changes its title, closing date, guiding questions and tags")
  void authorEdits(Page page) {
    String thread = dialogue.openThread("delegate-fra", "norms", new JsonObject().put("title", "Draft title " + System.nanoTime())
        .put("tags", new JsonArray().add("norm-f")));
    String title = "Protecting critical infrastructure " + System.nanoTime();

    SignIn.fresh(page, "delegate-fra");
    page.navigate("/threads/" + thread);
    assertThat(page.locator(".tags a")).hasText("Norm (f): do not damage critical infrastructure");
    Keyboard.tabTo(page, "Edit the thread");
    page.keyboard().press("Enter");
    assertEquals("Title", String.valueOf(page.evaluate("() => document.activeElement.labels[0].innerText")));
    page.keyboard().press("ControlOrMeta+A");
    page.keyboard().type(title);
    Locator editor = page.locator("thread-editor");
    editor.getByLabel("Closes on").fill(LocalDateTime.now().plusDays(4).truncatedTo(ChronoUnit.MINUTES).format(LOCAL_INPUT));
    editor.getByLabel("Guiding questions").fill("Which infrastructure is critical?\nWho protects it?");
    editor.getByLabel("Norm (f): do not damage critical infrastructure").uncheck();
    editor.getByLabel("Norm (g): protect critical infrastructure").check();
    Axe.assertNoSeriousViolations(page, "a thread with its editor open");
    editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the thread")).click();

    assertThat(page.locator("h1")).hasText(title);
    assertThat(page.locator(".guiding-questions li")).hasText(new String[] {"Which infrastructure is critical?", "Who protects it?"});
    assertThat(page.locator(".thread__schedule")).containsText("Closes in 4 days");
    assertThat(page.locator(".tags a")).hasText("Norm (g): protect critical infrastructure");
    assertThat(page.locator("#thread-editor-form")).hasCount(0);
    assertThat(page.locator("#thread-editor-toggle")).isFocused();

    page.reload();
    assertThat(page.locator("h1")).hasText(title);
  }

  @Test
  @DisplayName("A closing date before the opening date: the server's explanation is shown and the form keeps what was typed")
  void serverProblemShown(Page page) {
    String thread = dialogue.openThread("delegate-bra", "international-law");
    SignIn.fresh(page, "delegate-bra");
    page.navigate("/threads/" + thread);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit the thread")).click();
    Locator editor = page.locator("thread-editor");
    LocalDateTime opens = LocalDateTime.now().plusDays(5).truncatedTo(ChronoUnit.MINUTES);
    editor.getByLabel("Opens on").fill(opens.format(LOCAL_INPUT));
    editor.getByLabel("Closes on").fill(opens.minusDays(2).format(LOCAL_INPUT));
    editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the thread")).click();

    assertThat(editor.getByRole(AriaRole.ALERT)).containsText("closesAt must be after opensAt.");
    assertThat(editor.getByLabel("Opens on")).hasValue(opens.format(LOCAL_INPUT));
    assertThat(page.locator(".thread__schedule")).hasCount(0);
  }

  @Test
  @DisplayName("Another State's delegate is not offered the editor; a moderator edits anyone's thread")
  void onlyAuthorAndModerators(Page page) {
    String title = "Thread of Estonia " + System.nanoTime();
    String thread = dialogue.openThread("delegate-est", "confidence-building", new JsonObject().put("title", title));

    SignIn.fresh(page, "delegate-idn");
    page.navigate("/threads/" + thread);
    assertThat(page.locator("h1")).hasText(title);
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit the thread"))).hasCount(0);

    try (BrowserContext other = Chromium.newContext("en-GB")) {
      Page moderator = other.newPage();
      SignIn.fresh(moderator, "moderator");
      moderator.navigate("/threads/" + thread);
      moderator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit the thread")).click();
      moderator.locator("thread-editor").getByLabel("Title", new Locator.GetByLabelOptions().setExact(true))
          .fill(title + " (moderated)");
      moderator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the thread")).click();
      assertThat(moderator.locator("h1")).hasText(title + " (moderated)");
    }
    // Indonesia's delegate follows the thread live: the new title arrives without a reload.
    assertThat(page.locator("h1")).hasText(title + " (moderated)");
  }

  @Test
  @DisplayName("In Arabic the editor reads right to left, its controls starting on the right, with no serious axe violation")
  void rightToLeft() throws Exception {
    String thread = dialogue.openThread("delegate-idn", "capacity-building", new JsonObject()
        .put("guidingQuestions", new JsonArray().add("What help is needed?")));
    try (BrowserContext arabic = Chromium.newContext("ar-EG")) {
      Page page = arabic.newPage();
      SignIn.fresh(page, "delegate-idn");
      page.navigate("/threads/" + thread);
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("عدّل السلسلة")).click();
      Locator title = page.locator("#thread-editor-title");
      assertThat(title).isFocused();
      var box = title.boundingBox();
      var main = page.locator("main").boundingBox();
      org.junit.jupiter.api.Assertions.assertTrue(box.x + box.width > main.x + main.width - 40,
          "the title field starts at the right edge in Arabic");
      Axe.assertNoSeriousViolations(page, "the thread editor in Arabic");
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("thread-editor-ar.png")).setFullPage(true));
    }
  }
}
