package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.CapacityFixtures;
import org.plenary.testing.Dialogue;
import org.plenary.testing.Drafting;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

/**
 * What the screens say, in English and Arabic (issue 22): who did what in notifications, the Chatham House Rule as
 * its author sees it, following, the way back to the topics, an empty topic, what changed in a revision, and the
 * names of the buttons and links a screen reader lists.
 */
@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("What the screens say, in English and Arabic")
class ScreensSayTest {

  private static final int YEAR = CapacityFixtures.yearsAhead(8);

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("Notifications say who did what: Brazil aligned with France's position, Estonia proposed an engagement")
  void notificationsSayWhoDidWhat(Page page) throws Exception {
    String title = "Implementing norms (f) and (g) " + System.nanoTime();
    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("kind", "position-call")
        .put("title", title));
    long france = dialogue.position("delegate-fra", thread, "France protects critical infrastructure.").getLong("id");
    dialogue.post("delegate-bra", thread, new JsonObject().put("kind", "position").put("alignsWith", france)
        .put("body", "Brazil shares that view.")).expect(201);
    CapacityFixtures capacity = new CapacityFixtures(api);
    String needTitle = "National CERT training " + System.nanoTime();
    String need = capacity.need("delegate-mwi", CapacityFixtures.need(YEAR).put("title", needTitle));
    String offer = capacity.offer("delegate-est", CapacityFixtures.offer(YEAR));
    capacity.engagement("delegate-est", need, offer);

    SignIn.fresh(page, "delegate-fra");
    page.navigate("/notifications");
    // filtered by the thread: an offer posted meanwhile may match a need France posted in another test
    assertThat(page.locator(".notification__what").filter(new Locator.FilterOptions().setHasText(title)).first())
        .hasText("Brazil aligned with France’s position in “" + title + "”");
    Axe.assertNoSeriousViolations(page, "notifications that say who did what");
    try (BrowserContext arabic = Chromium.newContext("ar")) {
      Page inArabic = arabic.newPage();
      SignIn.fresh(inArabic, "delegate-mwi");
      inArabic.navigate("/notifications");
      Locator proposed = inArabic.locator(".notification__what").filter(new Locator.FilterOptions().setHasText(needTitle));
      assertThat(proposed).containsText("اقترحت");
      assertThat(proposed).containsText("إستونيا");
      assertThat(proposed).containsText("حاجتكم");
      // the match found first: Estonia's offer matches Malawi's need
      assertThat(inArabic.locator(".notification__what").filter(new Locator.FilterOptions()
          .setHasText("يطابق إحدى حاجاتكم")).first()).containsText("إستونيا");
      inArabic.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("notifications-who-did-what-ar.png"))
          .setFullPage(true));
    }
  }

  @Test
  @DisplayName("Under the Chatham House Rule the author reads their own name as theirs alone; the opener reads as"
      + " the Secretariat")
  void chathamHouseSeenByTheAuthor(Page page) {
    String thread = dialogue.openThread("moderator", "horizon-scanning", new JsonObject().put("kind", "consultation")
        .put("audience", "participants").put("chathamHouse", true)
        .put("closesAt", java.time.Instant.now().plus(5, java.time.temporal.ChronoUnit.DAYS).toString()));
    long own = dialogue.comment("cs-opennet", thread, "Ransomware is the first threat.").getLong("id");
    long other = dialogue.comment("ac-institute", thread, "So is the misuse of AI.").getLong("id");

    SignIn.fresh(page, "cs-opennet");
    page.navigate("/threads/" + thread);
    assertThat(page.locator("main")).containsText("Opened by Secretariat");
    assertThat(page.locator("#post-" + own + " .post__byline"))
        .containsText("only you and the moderators see your name here");
    assertThat(page.locator("#post-" + other + " .post__byline")).not().containsText("only you");
    assertThat(page.locator("#post-" + other + " .post__byline")).containsText("A participant from: Academia");
    try (BrowserContext arabic = Chromium.newContext("ar")) {
      Page inArabic = arabic.newPage();
      SignIn.fresh(inArabic, "cs-opennet");
      inArabic.navigate("/threads/" + thread);
      assertThat(inArabic.locator("main")).containsText("الأمانة العامة");
      assertThat(inArabic.locator("#post-" + own + " .post__byline")).containsText("لا يرى اسمك هنا سواك والمشرفون");
      Axe.assertNoSeriousViolations(inArabic, "a Chatham House thread in Arabic, seen by an author");
    }
  }

  @Test
  @DisplayName("Posting follows the thread and the button says Following; All topics goes to the topics; an empty"
      + " topic says how to take part")
  void followingAndTheWayBack(Page page) throws Exception {
    String thread = dialogue.openThread("moderator", "confidence-building", new JsonObject().put("title",
        "Points of contact " + System.nanoTime()));
    SignIn.fresh(page, "delegate-idn");
    page.navigate("/threads/" + thread);
    Locator follow = page.locator("watch-button button");
    assertThat(follow).hasText("Follow this thread");
    page.getByLabel("Your text").fill("Indonesia supports a directory of points of contact.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
    assertThat(follow).hasText("Following");
    assertThat(follow).hasAttribute("aria-pressed", "true");
    watched("delegate-idn", thread);
    page.reload();
    assertThat(follow).hasText("Following");

    page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Where this thread is"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("All topics")).click();
    assertThat(page).hasURL(Pattern.compile(".*/topics$"));

    String topic = "empty-" + System.nanoTime();
    api.as("secretariat").post("/topics", new JsonObject().put("id", topic).put("title", "Quiet topic " + topic)
        .put("description", "Nothing here yet.")).expect(201);
    try (BrowserContext arabic = Chromium.newContext("ar")) {
      Page inArabic = arabic.newPage();
      inArabic.navigate("/topics/" + topic);
      assertThat(inArabic.locator("main")).containsText("لا يتضمن هذا الموضوع أي محتوى عام بعد");
      assertThat(inArabic.locator("main")).not().containsText("لا توجد سلسلة");
    }
    page.navigate("/topics/" + topic);
    assertThat(page.locator("main")).containsText("This topic holds no thread you may read yet.");
    assertThat(page.locator("main")).not().containsText("No thread matches these filters.");
    page.navigate("/topics/" + topic + "?kind=draft");
    assertThat(page.locator("main")).containsText("No thread matches these filters.");
  }

  /** Waits until the server follows the thread for the persona (the notifications context does, on the post's event). */
  private void watched(String persona, String thread) throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      if (api.as(persona).get("/me/watches").expect(200).body().contains(thread)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(persona + " does not follow " + thread);
  }

  @Test
  @DisplayName("A revised paragraph shows whole deleted and inserted runs; its section heading survives the revision")
  void revisionsReadWhole(Page page) throws Exception {
    Drafting drafting = new Drafting(api);
    String thread = drafting.openDraft(new JsonObject());
    JsonObject zero = drafting.publish(thread, new JsonArray()
        .add(new JsonObject().put("heading", "B. Existing and potential threats")
            .put("text", "States condemned the ransomware attacks attributed to State actors against hospitals.")));
    drafting.publish(thread, Drafting.revise(zero, Map.of(1,
        "States expressed concern at the increase in ransomware attacks against hospitals.")));

    page.navigate("/threads/" + thread);
    assertThat(page.locator(".draft__section")).hasText("B. Existing and potential threats");
    page.getByText("What changed since Zero draft").click();
    Locator change = page.locator(".draft-paragraph__change .diff");
    assertThat(change.locator("del")).hasCount(1);
    assertThat(change.locator("ins")).hasCount(1);
    assertThat(change.locator("del")).containsText("condemned the ransomware attacks attributed to State actors");
    assertThat(change.locator("ins")).containsText("expressed concern at the increase in ransomware attacks");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("revision-whole-runs.png")).setFullPage(true));
  }

  @Test
  @DisplayName("Reply and Flag are named by their post, a found post by its author, Close by the need it closes")
  void namesForScreenReaders(Page page) {
    String word = "Zebrafinch" + System.nanoTime();
    String thread = dialogue.openThread("moderator", "norms");
    long first = dialogue.position("delegate-fra", thread, "France on " + word + " first.").getLong("id");
    dialogue.position("delegate-rus", thread, "The Russian Federation on " + word + " second.");
    String need = new CapacityFixtures(api).need("delegate-mwi", CapacityFixtures.need(YEAR));

    SignIn.fresh(page, "delegate-mwi");
    page.navigate("/threads/" + thread);
    Locator card = page.locator("#post-" + first);
    assertThat(card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
        .setName("Reply to post 1, Camille Laurent — France"))).isVisible();
    assertThat(card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
        .setName("Flag for moderators: post 1, Camille Laurent — France"))).isVisible();

    page.navigate("/search?q=" + word);
    Locator found = page.locator(".search-result__title a");
    assertThat(found).hasCount(2);
    assertThat(found.first()).not().hasText(found.last().textContent());
    assertThat(page.locator(".search-result").first()).containsText("In the thread");

    page.navigate("/board/needs/" + need);
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close this need"))).isVisible();
    try (BrowserContext arabic = Chromium.newContext("ar")) {
      Page inArabic = arabic.newPage();
      SignIn.fresh(inArabic, "delegate-mwi");
      inArabic.navigate("/board/needs/" + need);
      assertThat(inArabic.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إغلاق هذه الحاجة")))
          .isVisible();
    }
  }
}
