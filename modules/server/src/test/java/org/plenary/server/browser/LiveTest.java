package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("The dialogue as it happens: live posts, notifications and search")
class LiveTest {

  private final Dialogue dialogue = Dialogue.on(TestServer.api());

  @Test
  @DisplayName("A delegate posts a position aligned with the EU's; another persona's open page shows it without reloading")
  void positionAppearsElsewhere(Page page) {
    String title = "Live positions on norm (c) " + System.nanoTime();
    String thread = dialogue.openThread("delegate-eu", "norms", new JsonObject().put("title", title));
    dialogue.position("delegate-eu", thread, "Statement of the European Union on norm (c).");

    try (BrowserContext others = Chromium.newContext("en-GB")) {
      Page watcher = others.newPage();
      SignIn.fresh(watcher, "delegate-idn");
      watcher.navigate("/threads/" + thread);
      assertThat(watcher.locator(".live-status")).containsText("Live");
      watcher.evaluate("() => { window.sameDocument = true; }");

      SignIn.fresh(page, "delegate-est");
      page.navigate("/threads/" + thread);
      page.getByLabel("Kind of post").selectOption("position");
      page.getByLabel("Align with the position of").selectOption(new SelectOption().setLabel("European Union (Post 1)"));
      page.getByLabel("Your text").fill("Estonia aligns itself with the statement of the European Union.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();

      Locator arrived = watcher.locator("article").nth(1);
      assertThat(arrived).containsText("Official position of Estonia");
      assertThat(arrived).containsText("Aligns with the position of European Union");
      assertThat(watcher.locator("article").first()).containsText("Aligned with by: Estonia");
      assertThat(watcher.locator("#announcer")).hasText("New post 2 in this thread.");
      assertEquals(true, watcher.evaluate("() => window.sameDocument === true"), "no reload");
    }
  }

  @Test
  @DisplayName("After a dropped connection the page catches up with what was posted meanwhile")
  void catchesUpAfterADrop(Page page) {
    String thread = dialogue.openThread("delegate-fra", "confidence-building");
    dialogue.comment("delegate-fra", thread, "Before the drop.");

    page.navigate("/threads/" + thread);
    assertThat(page.locator(".live-status")).containsText("Live");
    page.context().setOffline(true);
    assertThat(page.locator(".live-status")).containsText("Reconnecting");
    dialogue.comment("delegate-mwi", thread, "Written while the reader was offline.");
    page.context().setOffline(false);

    assertThat(page.locator(".live-status")).containsText("Live", new com.microsoft.playwright.assertions.LocatorAssertions
        .ContainsTextOptions().setTimeout(45_000));
    assertThat(page.locator("article").last()).containsText("Written while the reader was offline.");
    assertThat(page.locator("article")).hasCount(2);
  }

  @Test
  @DisplayName("A reply raises the unread count in the header at once; the notifications page opens the reply")
  void notifications(Page page) {
    String title = "Notified thread " + System.nanoTime();
    String thread = dialogue.openThread("delegate-mwi", "capacity-building", new JsonObject().put("title", title));
    long question = dialogue.comment("delegate-mwi", thread, "Which partners can help us set up a national CERT?").getLong("id");

    SignIn.fresh(page, "delegate-mwi");
    // The header's link: the home page also links to the unread notifications, from what waits for the reader.
    Locator link = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Notifications"));
    link.click();
    assertThat(page.locator("h1")).hasText("Notifications");
    if (page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all as read")).isVisible()) {
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all as read")).click();
    }
    assertThat(link).not().containsText("unread");

    long reply = dialogue.post("delegate-est", thread, new JsonObject().put("kind", "reply").put("parentId", question)
        .put("body", "Estonia offers CERT mentoring.")).expect(201).json().getLong("id");
    assertThat(link).containsText("(1 unread)");
    Locator entry = page.locator(".notification").first();
    assertThat(entry).containsText("A reply to your post");
    assertThat(entry).containsText("Estonia offers CERT mentoring.");
    Axe.assertNoSeriousViolations(page, "the notifications page");
    entry.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
    assertThat(page.locator("#post-" + reply + "-heading")).isFocused();
    assertThat(link).not().containsText("unread");

    // Malawi asked the question, so it follows the thread: the button says so
    Locator follow = page.locator("watch-button button");
    assertThat(follow).hasText("Following");
    assertThat(follow).hasAttribute("aria-pressed", "true");
    follow.click();
    assertThat(follow).hasText("Follow this thread");
    assertThat(follow).hasAttribute("aria-pressed", "false");
    assertThat(page.locator(".watch")).containsText("Follow to be notified of what is new here.");
  }

  @Test
  @DisplayName("Search finds a French post from English words and opens it at the post; filters live in the address")
  void search(Page page) {
    String thread = dialogue.openThread("delegate-fra", "norms", new JsonObject().put("title", "Recherche " + System.nanoTime()));
    long post = dialogue.post("delegate-fra", thread, new JsonObject().put("language", "fr")
        .put("body", "Les infrastructures hydrauliques critiques doivent être protégées.")).expect(201).json().getLong("id");

    page.navigate("/");
    Locator box = page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search the dialogue"));
    box.fill("hydrauliques");
    box.press("Enter");
    assertThat(page.locator("h1")).hasText("Search");
    Locator result = page.locator(".search-result").filter(new Locator.FilterOptions().setHasText("hydrauliques"));
    assertThat(result.locator("mark")).hasText("hydrauliques");
    assertThat(result).containsText("Camille Laurent — France");
    assertThat(result).containsText("French");
    Axe.assertNoSeriousViolations(page, "search results");

    page.getByLabel("Kind").selectOption("thread");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).last().click();
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*kind=thread.*"));
    assertThat(page.locator("main")).containsText("Nothing found");

    page.goBack();
    page.locator(".search-result").filter(new Locator.FilterOptions().setHasText("hydrauliques"))
        .locator(".search-result__title").getByRole(AriaRole.LINK).click();
    assertThat(page.locator("#post-" + post + "-heading")).isFocused();
  }
}
