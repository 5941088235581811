package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

/**
 * The composer offers a right of reply only where the server accepts one: to a State's delegate, under an
 * official position of another State or organization; not at the top of a thread, not under the State's own
 * position, not to those who are not a State's delegate.
 */
@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Where the composer offers a right of reply, in the browser")
class RightOfReplyTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("France's delegate is offered a right of reply under the Russian Federation's position, not under"
      + " France's own nor at the top of the thread; the right of reply it offers is published")
  void stateDelegate(Page page) {
    String thread = dialogue.openThread("delegate-fra", "horizon-scanning");
    long french = dialogue.position("delegate-fra", thread, "France notes incidents attributed to a State.").getLong("id");
    long russian = dialogue.position("delegate-rus", thread, "The Russian Federation notes Western cyber operations.")
        .getLong("id");

    SignIn.fresh(page, "delegate-fra");
    page.navigate("/threads/" + thread);
    Locator top = page.locator("post-composer:not(.reply-composer)");
    assertThat(top.locator("option[value='position']")).hasCount(1);
    assertThat(top.locator("option[value='right-of-reply']")).hasCount(0);

    Locator composer = page.locator("post-composer.reply-composer");
    reply(page, french);
    assertThat(composer).containsText("Reply to post");
    assertThat(composer.locator("option[value='right-of-reply']")).hasCount(0);
    assertThat(composer).not().containsText("Right of reply");
    composer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();

    reply(page, russian);
    Locator kind = composer.getByLabel("Kind of post");
    assertThat(kind.locator("option[value='right-of-reply']")).hasText("Right of reply");
    kind.selectOption("right-of-reply");
    assertThat(composer).containsText("first right of reply in this thread today");
    composer.getByLabel("Your text").fill("France rejects these allegations.");
    composer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish")).click();
    assertThat(page.locator("article.post--right-of-reply")).hasCount(1);
  }

  @Test
  @DisplayName("The European Union's delegate and a member of France's delegation are offered only a reply under the"
      + " Russian Federation's position")
  void notAStateDelegate(Page page) {
    String thread = dialogue.openThread("delegate-fra", "horizon-scanning");
    long russian = dialogue.position("delegate-rus", thread, "The Russian Federation notes Western cyber operations.")
        .getLong("id");

    SignIn.fresh(page, "delegate-eu");
    onlyReply(page, thread, russian);
    try (BrowserContext others = Chromium.newContext("en-GB")) {
      Page member = others.newPage();
      SignIn.fresh(member, "member-fra");
      onlyReply(member, thread, russian);
    }
  }

  private static void onlyReply(Page page, String thread, long position) {
    page.navigate("/threads/" + thread);
    reply(page, position);
    Locator composer = page.locator("post-composer.reply-composer");
    assertThat(composer).containsText("Reply to post");
    assertThat(composer.locator("option[value='right-of-reply']")).hasCount(0);
    assertThat(composer).not().containsText("Right of reply");
  }

  private static void reply(Page page, long post) {
    page.locator("#post-" + post).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
        .setName(java.util.regex.Pattern.compile("^Reply to post"))).click();
  }
}
