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
import org.plenary.testing.Drafting;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Negotiating a draft, in the browser")
class DraftTest {

  private final Drafting drafting = new Drafting(TestServer.api());

  @Test
  @DisplayName("Five delegates support paragraph 1 and it turns agreed; Russia objects to paragraph 2 and it turns contested, "
      + "naming Russia; a reader's open page follows both without reloading")
  void consensusTracker(Page page) throws Exception {
    JsonObject draft = drafting.zeroDraft(3);
    String thread = Drafting.thread(draft);
    String first = Drafting.paragraph(draft, 1);
    String second = Drafting.paragraph(draft, 2);

    try (BrowserContext readers = Chromium.newContext("en-GB")) {
      Page reader = readers.newPage();
      reader.navigate("/threads/" + thread);
      Locator readersFirst = reader.locator("#paragraph-" + first);
      assertThat(readersFirst.locator(".tracker__status")).containsText("Open");
      assertThat(reader.locator(".live-status")).containsText("Live");

      SignIn.fresh(page, "delegate-fra");
      page.navigate("/threads/" + thread);
      Locator paragraph = page.locator("#paragraph-" + first);
      paragraph.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Support").setExact(true)).click();
      assertThat(paragraph.locator(".status")).hasText("Support recorded on paragraph 1. The paragraph is now: Open.");
      assertThat(paragraph.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Support").setExact(true)))
          .hasAttribute("aria-pressed", "true");
      for (String delegate : new String[] {"delegate-est", "delegate-mwi", "delegate-bra", "delegate-idn"}) {
        drafting.stance(delegate, thread, first, "support").expect(201);
      }

      assertThat(paragraph.locator(".tracker__status")).containsText("Agreed");
      assertThat(paragraph.locator(".group-breadth__count")).hasText("5 of 5 regional groups (3 needed)");
      assertThat(paragraph).containsText("Supported by 5 States");
      assertThat(readersFirst.locator(".tracker__status")).containsText("Agreed");
      Axe.assertNoSeriousViolations(page, "a draft with the tracker and stance buttons, for a delegate");
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("draft-tracker.png")).setFullPage(true));

      try (BrowserContext russians = Chromium.newContext("en-GB")) {
        Page russia = russians.newPage();
        SignIn.fresh(russia, "delegate-rus");
        russia.navigate("/threads/" + thread);
        Locator objected = russia.locator("#paragraph-" + second);
        objected.getByText("Add an explanation").click();
        objected.getByLabel("Explanation of the stance (optional)").fill("The paragraph prejudges the outcome.");
        objected.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Object").setExact(true)).click();
        assertThat(objected.locator(".tracker__status")).containsText("Contested");
        assertThat(objected).containsText("Objected to by: Russian Federation");
      }
      Locator readersSecond = reader.locator("#paragraph-" + second);
      assertThat(readersSecond.locator(".tracker__status")).containsText("Contested");
      assertThat(readersSecond).containsText("Objected to by: Russian Federation");
      assertThat(readersSecond).containsText("The paragraph prejudges the outcome.");
      assertThat(reader.locator(".consensus-overview__counts")).hasText("3 paragraphs: 1 agreed, 1 contested, 1 open.");
    }
  }

  @Test
  @DisplayName("A delegate proposes an amendment, shown as a diff beside the paragraph; a stakeholder comments beside it")
  void amendmentsAndComments(Page page) {
    JsonObject draft = drafting.zeroDraft(2);
    String thread = Drafting.thread(draft);
    String paragraph = Drafting.paragraph(draft, 2);

    SignIn.fresh(page, "delegate-bra");
    page.navigate("/threads/" + thread);
    Locator row = page.locator("#paragraph-" + paragraph);
    row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Propose an amendment")).click();
    Locator text = row.getByLabel("Your text for paragraph 2");
    assertThat(text).hasValue("Paragraph 2 of the zero draft.");
    text.fill("Paragraph 2 of the revised draft, with capacity-building.");
    row.getByLabel("Why (optional)").fill("To reflect the needs of developing countries.");
    row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Propose the amendment")).click();
    assertThat(row.locator(".status")).hasText("Your amendment to paragraph 2 is proposed.");
    assertThat(row.locator(".diff del").first()).containsText("zero");
    assertThat(row.locator(".diff ins").first()).containsText("revised");
    assertThat(row.locator("aside")).containsText("Ana Souza — Brazil");

    try (BrowserContext other = Chromium.newContext("en-GB")) {
      Page stakeholder = other.newPage();
      SignIn.fresh(stakeholder, "cs-opennet");
      stakeholder.navigate("/threads/" + thread);
      Locator theirs = stakeholder.locator("#paragraph-" + paragraph);
      assertThat(theirs.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Support").setExact(true))).hasCount(0);
      theirs.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Comment").setExact(true)).click();
      theirs.getByLabel("Your comment on paragraph 2").fill("Civil society supports the amendment.");
      theirs.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send the comment")).click();
      assertThat(theirs.locator("aside")).containsText("Civil society supports the amendment.");
      Axe.assertNoSeriousViolations(stakeholder, "a draft with an amendment and a comment, for a stakeholder");
    }
    assertThat(row.locator("aside")).containsText("Civil society supports the amendment.");
  }

  @Test
  @DisplayName("An earlier version reads as it was, with what changed; the latest version is the default")
  void versions(Page page) {
    JsonObject draft = drafting.zeroDraft(2);
    String thread = Drafting.thread(draft);
    drafting.publish(thread, new JsonArray().add(new JsonObject().put("id", Drafting.paragraph(draft, 1))
        .put("text", "Paragraph 1, revised in Rev.1.")));

    page.navigate("/threads/" + thread);
    assertThat(page.locator("#draft-heading")).hasText("Draft text: Rev.1");
    assertThat(page.locator("draft-paragraph").first()).containsText("Revised");
    assertThat(page.locator(".draft__removed")).containsText("Paragraph 2 of the zero draft.");
    page.getByLabel("Version", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(0));
    assertThat(page.locator("#draft-heading")).hasText("Draft text: Zero draft");
    assertThat(page.locator("draft-paragraph")).hasCount(2);
    assertThat(page.locator(".notice").filter(new Locator.FilterOptions().setHasText("An earlier version"))).isVisible();
  }
}
