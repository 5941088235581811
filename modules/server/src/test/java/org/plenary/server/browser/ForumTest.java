package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Taking part in the forum, in the browser")
class ForumTest {

  private final Dialogue dialogue = Dialogue.on(TestServer.api());

  @Test
  @DisplayName("A delegate opens a thread in norms and posts a position aligned with the EU's; both statements show the alignment")
  void positionAlignedWithTheEu(Page page) {
    String title = "Norm (f) and critical infrastructure " + System.nanoTime();
    String thread = dialogue.openThread("delegate-eu", "norms", new JsonObject().put("title", title));
    dialogue.position("delegate-eu", thread, "Statement of the European Union on norm (f).");

    SignIn.as(page, "delegate-bra");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Topics").setExact(true)).click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rules, norms and principles")).click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
    assertThat(page.locator("h1")).hasText(title);

    page.getByLabel("Kind of post").selectOption("position");
    page.getByLabel("Align with the position of").selectOption(new com.microsoft.playwright.options.SelectOption()
        .setLabel("European Union (Post 1)"));
    page.getByLabel("Your text").fill("Brazil aligns itself with the statement of the European Union.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();

    assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("published")))
        .hasText("Your post is published as post 2.");
    Locator brazil = page.locator("article#post-" + postId(thread, 2));
    assertThat(brazil.locator("h3")).containsText("Official position of Brazil");
    assertThat(brazil).containsText("Aligns with the position of European Union");
    assertThat(page.locator("article").first()).containsText("Aligned with by: Brazil");
  }

  @Test
  @DisplayName("With the keyboard alone, a participant signs in, opens a thread and posts a comment")
  void keyboardOnlyComment(Page page) {
    String title = "Confidence-building by keyboard " + System.nanoTime();
    dialogue.openThread("delegate-est", "confidence-building", new JsonObject().put("title", title));

    page.navigate("/topics/confidence-building");
    Keyboard.tabTo(page, "Sign in");
    page.keyboard().press("Enter");
    page.waitForURL("**/dev-idp/authorize?**");
    Keyboard.tabTo(page, "ps-contoso");
    page.keyboard().press("Enter");
    assertThat(page.locator("session-controls a")).containsText("Daniel Okafor");

    Keyboard.tabTo(page, title);
    page.keyboard().press("Enter");
    assertThat(page.locator("h1")).hasText(title);
    assertThat(page.locator("h1")).isFocused();
    Keyboard.tabToField(page, "Your text");
    page.keyboard().type("Points of contact should answer within 24 hours.");
    Keyboard.tabTo(page, "Publish");
    page.keyboard().press("Enter");

    assertThat(page.locator("article").last()).containsText("Points of contact should answer within 24 hours.");
    assertThat(page.locator("article").last()).containsText("Daniel Okafor — Contoso Security");
  }

  @Test
  @DisplayName("In a Chatham House consultation a civil-society participant sees no one else's name anywhere on the page")
  void chathamHouseShowsNoNames(Page page) {
    String thread = dialogue.openThread("moderator", "capacity-building", new JsonObject().put("kind", "consultation")
        .put("title", "Chatham House consultation " + System.nanoTime()).put("chathamHouse", true)
        .put("closesAt", Instant.now().plus(3, ChronoUnit.DAYS).toString())
        .put("guidingQuestions", new JsonArray().add("Which needs are most urgent?")));
    long french = dialogue.position("delegate-fra", thread, "Incident response comes first.").getLong("id");
    dialogue.post("ac-institute", thread, new JsonObject().put("kind", "reply").put("parentId", french)
        .put("body", "Research supports that.")).expect(201);

    SignIn.as(page, "cs-opennet");
    page.navigate("/threads/" + thread);
    assertThat(page.getByRole(AriaRole.NOTE).first()).containsText("Chatham House Rule");
    assertThat(page.locator("post-composer .notice--chatham")).containsText("The Chatham House Rule applies in this thread");
    assertThat(page.locator("main")).containsText("Research supports that.");
    assertThat(page.locator("main")).containsText("A participant from: State");
    assertThat(page.locator("main")).containsText("Closes in 3 days");
    // the Secretariat opened it as an institution and is named so; none of its staff is
    assertThat(page.locator("main")).containsText("Opened by Secretariat");
    String everything = page.locator("body").innerText();
    for (String name : List.of("Camille Laurent", "France", "Mei Chen", "Institute for Cyber Policy Studies",
        "Grace Mensah")) {
      assertFalse(everything.contains(name), () -> "the page shows '" + name + "':\n" + everything);
    }
  }

  private long postId(String thread, int seq) {
    return Dialogue.bySeq(dialogue.posts(null, thread), seq).getLong("id");
  }
}
