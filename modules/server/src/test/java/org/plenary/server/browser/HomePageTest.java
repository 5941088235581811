package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.PlenaryTest;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("The home page opens on what each reader needs to know today")
class HomePageTest {

  private static HomeDialogue week;

  @BeforeAll
  static void aWeekOfDialogue() {
    week = HomeDialogue.made();
  }

  @Test
  @DisplayName("A newcomer finds the open consultation, its deadline and guiding questions, and how to take part")
  void newcomerFindsAConsultation(Page page) {
    page.navigate("/");
    Locator open = section(page, "Open now");
    Locator consultation = open.locator("li.thread-list__item").filter(new Locator.FilterOptions()
        .setHasText(week.consultationTitle));
    assertThat(consultation).containsText("Closes in 2 days");
    assertThat(consultation).containsText("Closes soon");
    assertThat(consultation).containsText("Guiding questions (2):");
    assertThat(consultation).containsText(HomeDialogue.FIRST_QUESTION);
    assertThat(consultation).containsText("3 posts · 2 official positions");
    assertThat(consultation).containsText("2 States spoke: BRA and FRA");
    assertThat(open.locator("li.thread-list__item").filter(new Locator.FilterOptions()
        .setHasText(week.positionCallTitle))).containsText("Call for positions");
    assertThat(section(page, "What comes next")).containsText(week.consultationTitle);

    Locator takePart = section(page, "How to take part");
    assertThat(takePart).containsText("take part once accredited");
    assertThat(takePart.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Apply for accreditation")))
        .hasAttribute("href", "/accreditation");
    Axe.assertNoSeriousViolations(page, "the home page, for the public");
  }

  @Test
  @DisplayName("With the keyboard alone, a newcomer opens the consultation from the home page, then the accreditation page")
  void keyboardOnly(Page page) {
    page.navigate("/");
    assertThat(section(page, "Open now")).containsText(week.consultationTitle);
    Keyboard.tabTo(page, week.consultationTitle);
    page.keyboard().press("Enter");
    assertThat(page.locator("h1")).containsText(week.consultationTitle);

    page.goBack();
    assertThat(section(page, "How to take part")).isVisible();
    Keyboard.tabTo(page, "Apply for accreditation");
    page.keyboard().press("Enter");
    assertThat(page.locator("h1")).hasText("Accreditation of stakeholders");
  }

  @Test
  @DisplayName("France's delegate sees what waits: the joint statement naming France, stances on the draft, notifications")
  void delegateSeesWhatWaits(Page page) {
    SignIn.fresh(page, "delegate-fra");
    page.navigate("/");
    Locator waiting = section(page, "Waiting for you");
    assertThat(waiting).containsText("A joint statement names your State");
    assertThat(waiting.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(week.positionCallTitle)).first())
        .isVisible();
    assertThat(waiting).containsText("Record your State’s stances on 3 paragraphs");
    assertThat(waiting).containsText("unread notification");
    assertThat(waiting.locator("li").filter(new Locator.FilterOptions().setHasText(week.needToAnswer)))
        .containsText("An engagement waits for your answer");
    assertThat(section(page, "New this week")).containsText("Needs matched");
    assertThat(section(page, "New this week")).containsText(week.needMatched);
    assertThat(section(page, "Open now").locator("li.thread-list__item").filter(new Locator.FilterOptions()
        .setHasText(week.draftTitle))).containsText("3 paragraphs: 0 agreed, 1 contested, 2 open.");
    assertThat(page.locator("#home-take-part")).hasCount(0);
    Axe.assertNoSeriousViolations(page, "the home page, for a State's delegate");

    Keyboard.tabTo(page, "Record your State’s stances on 3 paragraphs");
    page.keyboard().press("Enter");
    assertThat(page.locator("h1")).containsText(week.draftTitle);
  }

  @Test
  @DisplayName("The moderator's desk has the flag queue; the Chair's the summaries submitted to the Chair")
  void desks(Page page) {
    SignIn.fresh(page, "moderator");
    page.navigate("/");
    Locator desk = section(page, "Your desk");
    assertThat(desk).containsText("in the moderation queue");
    assertThat(desk).containsText("Off topic?");
    assertThat(desk).containsText(Pattern.compile("(closes|close) this week"));
    Axe.assertNoSeriousViolations(page, "the home page, for a moderator");
    Keyboard.tabTo(page, "in the moderation queue");
    page.keyboard().press("Enter");
    assertThat(page).hasURL(Pattern.compile(".*/moderation$"));
  }

  @Test
  @DisplayName("The Chair's desk lists the summaries submitted for publication, and what was published this week")
  void chairDesk(Page page) {
    SignIn.fresh(page, "chair");
    page.navigate("/");
    Locator desk = section(page, "Your desk");
    assertThat(desk).containsText("submitted to the Chair");
    assertThat(section(page, "New this week")).containsText("Chair’s summaries published");
    Axe.assertNoSeriousViolations(page, "the home page, for the Chair");
  }

  static Locator section(Page page, String heading) {
    return page.locator("section").filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
        new Page.GetByRoleOptions().setName(heading).setLevel(2))));
  }
}
