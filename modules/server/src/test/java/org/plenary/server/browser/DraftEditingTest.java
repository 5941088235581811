package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Drafting;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Publishing a draft's versions, dissociating and tabling proposals, in the browser")
class DraftEditingTest {

  private final Drafting drafting = new Drafting(TestServer.api());

  @Test
  @DisplayName("The moderator publishes a zero draft of two paragraphs, then Rev.1 revising paragraph 2; France dissociates "
      + "from paragraph 2 and tables a proposal; each shows on the page")
  void publishDissociateAndPropose(Page page) throws Exception {
    String thread = drafting.openDraft(new JsonObject());

    SignIn.fresh(page, "moderator");
    page.navigate("/threads/" + thread);
    assertThat(page.locator("draft-view")).containsText("The Chair has not circulated a version of this draft yet.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prepare the zero draft")).click();
    assertThat(page.locator("#version-editor-heading")).hasText("Preparing Zero draft");
    assertThat(page.locator("#version-editor-heading")).isFocused();
    page.getByLabel("Section heading before paragraph 1 (optional)").fill("Preamble");
    page.getByLabel("Text of paragraph 1", new Page.GetByLabelOptions().setExact(true))
        .fill("States reaffirm the framework of responsible State behaviour.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a paragraph").setExact(true)).click();
    Locator second = page.getByLabel("Text of paragraph 2", new Page.GetByLabelOptions().setExact(true));
    assertThat(second).isFocused();
    second.fill("States will consider a permanent mechanism.");
    Axe.assertNoSeriousViolations(page, "the editor of a draft's next version");

    // The thread's post composer has a Preview button too: the editor's is the one inside it.
    Locator editor = page.locator("draft-version-editor");
    editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Preview")).click();
    Locator preview = page.locator(".version-preview");
    assertThat(preview).containsText("Preview of Zero draft");
    assertThat(preview).containsText("Preamble");
    assertThat(preview).containsText("States will consider a permanent mechanism.");
    editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish Zero draft")).click();

    assertThat(page.locator("#draft-heading")).hasText("Draft text: Zero draft");
    assertThat(page.locator("#draft-heading")).isFocused();
    assertThat(page.locator("draft-paragraph")).hasCount(2);
    assertThat(page.locator(".draft__section")).hasText("Preamble");
    assertThat(page.locator("draft-paragraph").nth(1)).containsText("States will consider a permanent mechanism.");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prepare Rev.1")).click();
    Locator revised = page.getByLabel("Text of paragraph 2", new Page.GetByLabelOptions().setExact(true));
    assertThat(revised).hasValue("States will consider a permanent mechanism.");
    revised.fill("States will establish a permanent mechanism.");
    assertThat(page.locator(".version-row").nth(1).locator("legend")).containsText("Revised");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish Rev.1")).click();

    assertThat(page.locator("#draft-heading")).hasText("Draft text: Rev.1");
    Locator paragraph2 = page.locator("draft-paragraph").nth(1);
    assertThat(paragraph2.locator(".draft-paragraph__body")).hasText("States will establish a permanent mechanism.");
    assertThat(paragraph2.locator(".badge")).hasText("Revised");
    assertThat(page.locator("draft-paragraph").first().locator(".badge")).hasCount(0);
    paragraph2.getByText("What changed since Zero draft").click();
    assertThat(paragraph2.locator(".draft-paragraph__change del")).containsText("consider");
    assertThat(paragraph2.locator(".draft-paragraph__change ins")).containsText("establish");
    Locator versions = page.getByLabel("Version", new Page.GetByLabelOptions().setExact(true));
    assertThat(versions.locator("option")).hasCount(2);
    assertThat(versions.locator("option").nth(1)).containsText("Rev.1");
    String paragraphId = paragraph2.locator("article").getAttribute("id").substring("paragraph-".length());

    try (BrowserContext france = Chromium.newContext("en-GB")) {
      Page delegate = france.newPage();
      SignIn.fresh(delegate, "delegate-fra");
      delegate.navigate("/threads/" + thread);
      assertThat(delegate.locator("#draft-heading")).hasText("Draft text: Rev.1");
      assertThat(delegate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prepare Rev.2"))).hasCount(0);

      Locator dissociation = delegate.locator("draft-dissociation");
      assertThat(dissociation).containsText("No State dissociates from any paragraph.");
      dissociation.getByText("Dissociate France from paragraphs").click();
      dissociation.getByLabel("Paragraph 2", new Locator.GetByLabelOptions().setExact(true)).check();
      dissociation.getByLabel("Explanation (optional)").fill("France joins consensus on the text as a whole.");
      dissociation.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the dissociation")).click();
      assertThat(dissociation.locator(".status")).hasText("France dissociates from: Paragraph 2");
      assertThat(dissociation.locator(".dissociation__list")).containsText("France dissociates from: Paragraph 2");
      assertThat(dissociation.locator(".dissociation__list")).containsText("France joins consensus on the text as a whole.");
      assertThat(delegate.locator("#paragraph-" + paragraphId + " .stance-lists__dissociations")).hasText("Dissociated: France");

      Locator proposals = delegate.locator("draft-proposals");
      assertThat(proposals).containsText("No proposal has been put forward yet.");
      proposals.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Put forward a proposal")).click();
      assertThat(proposals.getByLabel("Title")).isFocused();
      proposals.getByLabel("Title").fill("A points of contact directory");
      proposals.getByLabel("Text of the proposal").fill("Establish a global directory of points of contact.");
      assertThat(proposals.getByLabel("Table it now for France")).isChecked();
      proposals.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Put forward the proposal")).click();
      Locator proposal = proposals.locator("article.proposal");
      assertThat(proposal.locator("h3")).hasText("A points of contact directory");
      assertThat(proposal.locator("h3")).isFocused();
      assertThat(proposal.locator(".proposal__facts")).containsText("Tabled");
      assertThat(proposal.locator(".proposal__facts")).containsText("Put forward by France");
      assertThat(proposal.locator(".proposal__sponsors")).hasText("Original sponsors (1): France");
      assertThat(proposals.locator(".status")).hasText("The proposal is tabled.");
      Axe.assertNoSeriousViolations(delegate, "a draft's dissociations and proposals, for a State delegate");
      delegate.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("draft-dissociation-proposal.png")).setFullPage(true));
    }

    // The moderator's open page follows the thread's stream: France's dissociation and proposal arrive without a reload.
    assertThat(page.locator("#paragraph-" + paragraphId + " .stance-lists__dissociations")).hasText("Dissociated: France");
    assertThat(page.locator("draft-proposals article.proposal h3")).hasText("A points of contact directory");
  }

  @Test
  @DisplayName("The moderator's Rev.1 takes Brazil's amendment to paragraph 2 as its text and does not retain Russia's to "
      + "paragraph 1: the amendment lists say so; France's dissociation from paragraph 2 ends, its page and notifications say so")
  void amendmentsAndDissociationAcrossARevision(Page page) throws Exception {
    JsonObject draft = drafting.zeroDraft(2);
    String thread = Drafting.thread(draft);
    String first = Drafting.paragraph(draft, 1);
    String second = Drafting.paragraph(draft, 2);
    String brazilsText = "Paragraph 2 of the zero draft, with capacity-building for developing countries.";
    long brazil = drafting.amend("delegate-bra", thread, second, brazilsText);
    long russia = drafting.amend("delegate-rus", thread, first, "Paragraph 1 is deleted.");
    TestServer.api().as("delegate-fra").put("/drafts/" + thread + "/dissociation", new JsonObject()
        .put("paragraphIds", new io.vertx.core.json.JsonArray().add(second))).expect(200);

    SignIn.fresh(page, "moderator");
    page.navigate("/threads/" + thread);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prepare Rev.1")).click();
    Locator brazils = page.locator("draft-version-editor fieldset[data-amendment='" + brazil + "']");
    assertThat(brazils.getByLabel("Rev.1 incorporates it")).isDisabled();
    brazils.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use its text")).click();
    assertThat(page.getByLabel("Text of paragraph 2", new Page.GetByLabelOptions().setExact(true))).hasValue(brazilsText);
    assertThat(brazils.getByLabel("Rev.1 incorporates it")).isChecked();
    Locator russias = page.locator("draft-version-editor fieldset[data-amendment='" + russia + "']");
    russias.getByLabel("Not retained in Rev.1").check();
    Axe.assertNoSeriousViolations(page, "the editor of the next version, deciding on amendments");
    page.locator("draft-version-editor").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Preview")).click();
    assertThat(page.locator(".version-preview")).containsText("Amendments incorporated: 1");
    assertThat(page.locator(".version-preview")).containsText("Amendments not retained: 1");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish Rev.1")).click();

    assertThat(page.locator("#draft-heading")).hasText("Draft text: Rev.1");
    Locator revised = page.locator("#paragraph-" + second);
    revised.scrollIntoViewIfNeeded();
    assertThat(revised.locator("li[data-amendment='" + brazil + "'] .contribution__outcome")).hasText("✓ Incorporated in Rev.1");
    Locator kept = page.locator("#paragraph-" + first);
    kept.scrollIntoViewIfNeeded();
    assertThat(kept.locator("li[data-amendment='" + russia + "'] .contribution__outcome")).hasText("✕ Not retained in Rev.1");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("draft-amendment-outcomes.png")).setFullPage(true));

    for (int attempt = 0; attempt < 100 && !TestServer.api().as("delegate-fra").get("/me/notifications?limit=100")
        .body().contains(thread); attempt++) {
      Thread.sleep(100);
    }
    try (BrowserContext france = Chromium.newContext("en-GB")) {
      Page delegate = france.newPage();
      SignIn.fresh(delegate, "delegate-fra");
      delegate.navigate("/threads/" + thread);
      Locator dissociation = delegate.locator("draft-dissociation");
      assertThat(dissociation.locator(".dissociation__ended")).containsText(
          "Ended with Rev.1: France’s dissociation from Paragraph 2, which concerned its earlier text (Zero draft).");
      assertThat(dissociation.locator(".dissociation__ended")).containsText("record the dissociation again");
      assertThat(delegate.locator("#paragraph-" + second + " .stance-lists__dissociations")).hasCount(0);
      Axe.assertNoSeriousViolations(delegate, "a draft whose revision ended a dissociation, for its State");

      delegate.navigate("/notifications");
      Locator notice = delegate.locator(".notification").filter(new Locator.FilterOptions()
          .setHasText("A revision ended a dissociation of your State"));
      assertThat(notice).containsText("Rev.1 revised Paragraph 2: your State’s dissociation from the earlier text has ended.");
      notice.getByRole(AriaRole.LINK).click();
      assertThat(delegate.locator("#draft-heading")).hasText("Draft text: Rev.1");
    }
  }

  @Test
  @DisplayName("A State delegate sponsors another State's circulated proposal; the server's problem shows when publishing fails")
  void sponsorAndProblem(Page page) {
    JsonObject draft = drafting.zeroDraft(1);
    String thread = Drafting.thread(draft);
    TestServer.api().as("delegate-bra").post("/threads/" + thread + "/proposals", new JsonObject()
        .put("title", "Capacity-building for developing countries").put("text", "A fund.").put("circulate", true)).expect(201);

    SignIn.fresh(page, "delegate-est");
    page.navigate("/threads/" + thread);
    Locator proposal = page.locator("draft-proposals article.proposal");
    assertThat(proposal.locator(".proposal__facts")).containsText("Circulated for sponsorship");
    proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sponsor it for Estonia")).click();
    assertThat(proposal.locator(".proposal__sponsors")).hasText("Original sponsors (2): Brazil and Estonia");
    assertThat(proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw the sponsorship of Estonia")))
        .isVisible();

    // The thread is locked while the moderator prepares Rev.1: the server refuses the version, and the editor says why.
    try (BrowserContext moderators = Chromium.newContext("en-GB")) {
      Page moderator = moderators.newPage();
      SignIn.fresh(moderator, "moderator");
      moderator.navigate("/threads/" + thread);
      moderator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prepare Rev.1")).click();
      TestServer.api().as("moderator").patch("/threads/" + thread,
          new JsonObject().put("status", "locked").put("reason", "Closed for the session.")).expect(200);
      moderator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish Rev.1")).click();
      assertThat(moderator.locator("draft-version-editor [role=alert]")).containsText("reopen the thread to publish a new version");
      assertThat(moderator.locator("#draft-heading")).hasText("Draft text: Zero draft");
    }
  }
}
