package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Moderation and the audit log, in the browser")
class ModerationTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("A moderator hides a flagged post from the queue with a reason; the audit log shows who, what, when and why")
  void hideFromTheQueue(Page page) throws Exception {
    String title = "Heated exchange " + System.nanoTime();
    String thread = dialogue.openThread("delegate-fra", "international-law", new JsonObject().put("title", title));
    long offending = dialogue.comment("ps-contoso", thread, "Your delegation does not know what it is talking about.")
        .getLong("id");
    api.as("cs-opennet").post("/posts/" + offending + "/flags", new JsonObject().put("reason", "A personal attack.")).expect(201);

    SignIn.fresh(page, "moderator");
    page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Moderation")).click();
    assertThat(page.locator("h1")).hasText("Moderation queue");
    Locator flag = page.locator("article").filter(new Locator.FilterOptions().setHasText(title));
    assertThat(flag).containsText("Your delegation does not know what it is talking about.");
    assertThat(flag).containsText("A personal attack.");
    assertThat(flag).containsText("Lucía Fernández — Open Networks Alliance");
    Axe.assertNoSeriousViolations(page, "the moderation queue");

    flag.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hide the post")).click();
    Locator reason = page.getByLabel("Reason for hiding (readers will see it)");
    assertThat(reason).isFocused();
    reason.fill("Personal attacks have no place in the dialogue.");
    Axe.assertNoSeriousViolations(page, "the moderation queue with the reason form open");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("moderation-queue.png")).setFullPage(true));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hide now")).click();
    assertThat(page.getByRole(AriaRole.STATUS)).hasText("The post in “" + title + "” is hidden.");
    assertThat(page.locator("article").filter(new Locator.FilterOptions().setHasText(title))).hasCount(0);

    page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Audit log")).click();
    assertThat(page.locator("h1")).hasText("Audit log");
    page.getByLabel("Action").selectOption("post.hidden");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
    Locator entry = page.locator("tbody tr").first();
    assertThat(entry).containsText("Post hidden");
    assertThat(entry).containsText("Post " + offending);
    assertThat(entry).containsText("Personal attacks have no place in the dialogue.");
    assertThat(entry).containsText("Grace Mensah");
    Axe.assertNoSeriousViolations(page, "the audit log");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("audit-log.png")).setFullPage(true));

    entry.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Post " + offending)).click();
    assertThat(page.locator("h1")).hasText(title);
    assertThat(page.locator("#post-" + offending + "-heading")).isFocused();
    assertThat(page.locator("#post-" + offending)).containsText("Hidden by a moderator. Reason: Personal attacks have no place");
  }

  @Test
  @DisplayName("A moderator dismisses a flag, restores a hidden post in its thread, and neither appears for others")
  void dismissAndRestore(Page page) {
    String title = "Calm exchange " + System.nanoTime();
    String thread = dialogue.openThread("delegate-est", "confidence-building", new JsonObject().put("title", title));
    long fine = dialogue.comment("ac-institute", thread, "Points of contact should be tested every year.").getLong("id");
    api.as("cs-opennet").post("/posts/" + fine + "/flags", new JsonObject().put("reason", "Off topic?")).expect(201);
    long hidden = dialogue.comment("ps-contoso", thread, "A post hidden by mistake.").getLong("id");
    api.as("moderator").post("/posts/" + hidden + "/hide", new JsonObject().put("reason", "Mistaken report.")).expect(200);

    SignIn.fresh(page, "moderator");
    page.navigate("/moderation");
    Locator flag = page.locator("article").filter(new Locator.FilterOptions().setHasText(title));
    flag.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dismiss the flag")).click();
    page.getByLabel("Reason for dismissing (optional)").fill("On topic: points of contact are confidence-building.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dismiss now")).click();
    assertThat(page.getByRole(AriaRole.STATUS)).hasText("The flag on the post in “" + title + "” is dismissed.");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Resolved")).click();
    assertThat(page.locator("article").filter(new Locator.FilterOptions().setHasText(title))).containsText("Flag dismissed");

    page.navigate("/threads/" + thread);
    Locator post = page.locator("#post-" + hidden);
    assertThat(post).containsText("A post hidden by mistake.");
    post.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Restore")).click();
    page.getByLabel("Why is this post restored? (optional, kept in the audit log)").fill("Hidden by mistake.");
    post.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Restore the post")).click();
    assertThat(post).containsText("The post is visible again.");
    assertThat(post).not().containsText("Hidden by a moderator");
  }

  @Test
  @DisplayName("The moderation queue and the audit log are in no one else's navigation, and say so to a delegate who finds them")
  void onlyForModerators(Page page) {
    SignIn.fresh(page, "delegate-mwi");
    Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
    assertThat(nav).not().containsText("Moderation");
    assertThat(nav).not().containsText("Audit log");
    page.navigate("/audit");
    assertThat(page.locator("main")).containsText("The audit log is for moderators, the Chair and the Secretariat.");
    page.navigate("/moderation");
    assertThat(page.locator("main")).containsText("The moderation queue is for moderators and the Secretariat.");
  }
}
