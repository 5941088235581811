package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonArray;
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
@DisplayName("Consent and the frozen record on the thread page, in the browser")
class JointStatementTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("Indonesia's delegate follows the notification to a statement naming Indonesia, confirms it, and the page"
      + " shows it confirmed, also to Malawi, who delivered it")
  void namedStateConfirms(Page page) throws Exception {
    api.as("delegate-idn").get("/me").expect(200); // Indonesia's delegate has signed in before: Plenary knows whom to tell
    String title = "Call for positions on capacity-building " + System.nanoTime();
    String thread = dialogue.openThread("moderator", "capacity-building", new JsonObject().put("kind", "position-call")
        .put("title", title));
    long joint = dialogue.post("delegate-mwi", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("MWI").add("IDN").add("BRA"))
        .put("body", "Malawi has the honour to speak on behalf of Brazil, Indonesia and Malawi.")).expect(201).json()
        .getLong("id");

    try (BrowserContext others = Chromium.newContext("en-GB")) {
      Page malawi = others.newPage();
      SignIn.fresh(malawi, "delegate-mwi");
      malawi.navigate("/threads/" + thread);
      assertThat(malawi.locator(".live-status")).containsText("Live");
      Locator delivered = malawi.locator("#post-" + joint);
      assertThat(delivered).containsText("Awaiting the confirmation of: Brazil and Indonesia");

      SignIn.fresh(page, "delegate-idn");
      awaitNotification("delegate-idn", joint);
      page.navigate("/notifications");
      Locator asked = page.locator(".notification").filter(new Locator.FilterOptions()
          .setHasText("Your State is named in a joint statement")).filter(new Locator.FilterOptions().setHasText(title));
      assertThat(asked).containsText("Open the statement to confirm or decline it for your State.");
      asked.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();

      Locator statement = page.locator("#post-" + joint);
      assertThat(statement).containsText("On behalf of: Brazil, Indonesia, and Malawi");
      assertThat(statement).containsText("Confirmed by: Malawi");
      assertThat(statement).containsText("Awaiting the confirmation of: Brazil and Indonesia");
      assertThat(statement.locator(".notice--consent")).containsText("Indonesia is named in this joint statement");
      Axe.assertNoSeriousViolations(page, "a joint statement awaiting the reader's confirmation");
      statement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm for our State")).click();
      assertThat(statement).containsText("Confirm that this statement is delivered on behalf of Indonesia?");
      statement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm now")).click();

      assertThat(statement).containsText("Your State has confirmed the statement.");
      assertThat(statement).containsText("Confirmed by: Indonesia and Malawi");
      assertThat(statement).containsText("Awaiting the confirmation of: Brazil");
      assertThat(statement.locator(".notice--consent")).hasCount(0);
      assertThat(statement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm for our State")))
          .hasCount(0);
      assertThat(statement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take our name off")))
          .isVisible();
      statement.screenshot(new Locator.ScreenshotOptions().setPath(Chromium.artifact("joint-statement-confirmed.png")));

      assertThat(delivered).containsText("Confirmed by: Indonesia and Malawi");
      assertThat(delivered).not().containsText("Awaiting the confirmation of: Brazil and Indonesia");
    }
  }

  /** Notifications are made after the post commits, by the notifications consumer: wait until Indonesia's exists. */
  private void awaitNotification(String persona, long postId) throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      boolean made = api.as(persona).get("/me/notifications?limit=100").expect(200).items().stream()
          .map(JsonObject.class::cast).anyMatch(n -> "joint-statement-requested".equals(n.getString("reason"))
              && n.getJsonObject("post") != null && n.getJsonObject("post").getLong("id") == postId);
      if (made) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no notification of the joint statement reached " + persona);
  }

  @Test
  @DisplayName("Brazil declines a statement naming it: the page no longer lists Brazil")
  void namedStateDeclines(Page page) {
    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("kind", "position-call"));
    long joint = dialogue.post("delegate-mwi", thread, new JsonObject().put("kind", "position")
        .put("onBehalfOf", new JsonArray().add("BRA").add("IDN"))).expect(201).json().getLong("id");
    SignIn.fresh(page, "delegate-bra");
    page.navigate("/threads/" + thread + "#post-" + joint);
    Locator statement = page.locator("#post-" + joint);
    statement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decline").setExact(true)).click();
    statement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decline now")).click();
    assertThat(statement).containsText("Your State has declined the statement and is no longer listed.");
    assertThat(statement).containsText("On behalf of: Indonesia");
    assertThat(statement).not().containsText("Brazil");
  }

  @Test
  @DisplayName("A locked thread tells every reader why, and its author is offered no edit and told why")
  void lockedThread(Page page) throws Exception {
    String thread = dialogue.openThread("delegate-fra", "norms");
    dialogue.position("delegate-fra", thread, "France's statement on norm (f).");
    api.as("moderator").patch("/threads/" + thread, new JsonObject().put("status", "locked")
        .put("reason", "Cooling-off period after personal remarks.")).expect(200);

    SignIn.fresh(page, "delegate-fra");
    page.navigate("/threads/" + thread);
    assertThat(page.locator(".notice--status")).containsText("A moderator locked this thread");
    assertThat(page.locator(".notice--status")).containsText("Reason: Cooling-off period after personal remarks.");
    assertThat(page.locator(".notice--frozen")).containsText("its posts can no longer be edited or withdrawn");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("locked-thread.png")));
    Locator position = page.locator("article").first();
    assertThat(position).containsText("The record of this thread is frozen: this post stays as it is.");
    assertThat(position.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit").setExact(true)))
        .hasCount(0);
    assertThat(position.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw position")))
        .hasCount(0);
    Axe.assertNoSeriousViolations(page, "a locked thread with its reason");
  }

  @Test
  @DisplayName("The composer shows the Russian Federation the limit of its next right of reply, then that none is left")
  void rightOfReplyLimit(Page page) {
    String thread = dialogue.openThread("delegate-fra", "horizon-scanning");
    long french = dialogue.position("delegate-fra", thread, "France notes incidents attributed to a State.").getLong("id");
    dialogue.post("delegate-rus", thread, new JsonObject().put("kind", "right-of-reply").put("parentId", french)
        .put("body", "The Russian Federation rejects these allegations.")).expect(201);

    SignIn.fresh(page, "delegate-rus");
    page.navigate("/threads/" + thread);
    Locator frenchCard = page.locator("#post-" + french);
    frenchCard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
        .setName(java.util.regex.Pattern.compile("^Reply to post"))).click();
    Locator composer = page.locator("post-composer.reply-composer");
    composer.getByLabel("Kind of post").selectOption("right-of-reply");
    assertThat(composer).containsText("second and last right of reply in this thread today: up to 800 characters");
    composer.getByLabel("Your text").fill("The Russian Federation exercises its second right of reply.");
    assertThat(composer).containsText("59 of 800 characters");
    composer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish")).click();
    assertThat(page.locator("article")).hasCount(3);

    frenchCard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
        .setName(java.util.regex.Pattern.compile("^Reply to post"))).click();
    page.locator("post-composer.reply-composer").getByLabel("Kind of post").selectOption("right-of-reply");
    assertThat(page.locator("post-composer.reply-composer")).containsText("has exercised its 2 rights of reply");
    assertThat(page.locator("post-composer.reply-composer").getByRole(AriaRole.BUTTON,
        new Locator.GetByRoleOptions().setName("Publish"))).isDisabled();
  }
}
