package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Summaries for the Chair, in the browser")
class SummaryTest {

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("A moderator generates, edits and submits a summary; the Chair publishes it from the inbox; civil society follows a citation")
  void fromThreadToChairsSummary(Page page) {
    String title = "Call for positions on vulnerability disclosure " + System.nanoTime();
    String thread = callForPositions(title);

    SignIn.fresh(page, "moderator");
    page.navigate("/threads/" + thread);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate a draft summary")).click();
    assertThat(page.locator("h1")).hasText("Draft summary: " + isolated(title));
    assertThat(page.getByRole(AriaRole.NOTE)).containsText("Not for circulation");
    assertThat(page.locator("#summary-by-constituency")).containsText("State");
    assertThat(page.locator("section[aria-labelledby='summary-positions']"))
        .containsText("Question 1: " + isolated("Should States publish disclosure policies?"));
    assertThat(page.locator(".summary-text")).containsText("Estonia");
    Axe.assertNoSeriousViolations(page, "a draft summary, for its moderator");
    page.screenshot(new Page.ScreenshotOptions().setPath(artifact("summary-draft.png")).setFullPage(true));

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit the text")).click();
    Locator text = page.getByLabel("Text (Markdown)");
    assertThat(text).isFocused();
    text.fill(text.inputValue() + "\nThe moderators note broad support for coordinated disclosure.\n");
    page.getByLabel("Note for the version history (optional)").fill("A closing line");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
    assertThat(page.locator(".preview")).containsText("broad support for coordinated disclosure");
    Axe.assertNoSeriousViolations(page, "the summary editor with its preview");
    page.screenshot(new Page.ScreenshotOptions().setPath(artifact("summary-editor.png")).setFullPage(true));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a new version")).click();
    assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("saved")))
        .hasText("Your text is saved as version 2.");
    assertThat(page.locator(".summary-text")).containsText("broad support for coordinated disclosure");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to the Chair")).click();
    assertThat(page.locator("h1")).hasText("Draft summary for the Chair: " + isolated(title));

    try (BrowserContext chairs = Chromium.newContext("en-GB")) {
      Page chair = chairs.newPage();
      SignIn.fresh(chair, "chair");
      chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chair's inbox")).click();
      assertThat(chair.locator("h1")).hasText("Chair's inbox");
      Locator entry = chair.locator("article").filter(new Locator.FilterOptions().setHasText(title));
      assertThat(entry).containsText("version 2");
      Axe.assertNoSeriousViolations(chair, "the Chair's inbox");
      chair.screenshot(new Page.ScreenshotOptions().setPath(artifact("chairs-inbox.png")).setFullPage(true));
      entry.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish as Chair's summary")).click();
      assertThat(entry).containsText("issued on the Chair's own responsibility");
      entry.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish now")).click();
      assertThat(chair.getByRole(AriaRole.STATUS)).hasText("Published as Chair's summary: " + title + ".");
      assertThat(chair.locator("article").filter(new Locator.FilterOptions().setHasText(title))).hasCount(0);
    }

    try (BrowserContext civilSociety = Chromium.newContext("en-GB")) {
      Page reader = civilSociety.newPage();
      SignIn.fresh(reader, "cs-opennet");
      reader.navigate("/threads/" + thread);
      reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chair's summary").setExact(true)).click();
      assertThat(reader.locator("h1")).hasText("Chair's summary: " + isolated(title));
      assertThat(reader.getByRole(AriaRole.NOTE)).containsText("Issued on the Chair's own responsibility. It is not agreed text");
      Axe.assertNoSeriousViolations(reader, "a published Chair's summary, read by civil society");

      long estonia = Dialogue.bySeq(dialogue.posts("moderator", thread), 2).getLong("id");
      Locator citation = reader.locator(".summary-text a[href$='#post-" + estonia + "']").first();
      assertThat(citation).hasText("Post #2");
      citation.click();
      reader.waitForURL(Pattern.compile(".*/threads/" + thread + "#post-" + estonia + "$"));
      Locator cited = reader.locator("#post-" + estonia);
      assertThat(reader.locator("#post-" + estonia + "-heading")).isFocused();
      assertThat(cited).hasClass(Pattern.compile("post--cited"));
      assertThat(cited).containsText("Estonia aligns itself with the statement of the European Union.");
      assertThat(cited).isInViewport();
    }
  }

  @Test
  @DisplayName("A citation to a post far down a long thread opens the thread at that post; earlier posts load on request")
  void citationIntoALongThread(Page page) {
    String thread = dialogue.openThread("moderator", "norms");
    for (int i = 1; i <= 60; i++) {
      dialogue.comment(i % 2 == 0 ? "delegate-est" : "delegate-bra", thread, "Contribution number " + i + ".");
    }
    long fiftyFifth = Dialogue.bySeq(dialogue.posts(null, thread), 55).getLong("id");

    page.navigate("/threads/" + thread + "#post-" + fiftyFifth);
    assertThat(page.locator("#post-" + fiftyFifth + "-heading")).isFocused();
    assertThat(page.locator("#post-" + fiftyFifth)).containsText("Contribution number 55.");
    assertThat(page.locator("article").first()).containsText("Contribution number 55.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show earlier posts")).click();
    assertThat(page.locator("article").first()).containsText("Contribution number 5.");
    assertThat(page.locator("#post-" + fiftyFifth + "-heading")).isFocused();
    assertThat(page.locator("article")).hasCount(56);
  }

  @Test
  @DisplayName("Two editors at once: the second save is refused with a clear message, keeps the text, and succeeds once reconciled")
  void editConflict(Page page) {
    String thread = callForPositions("Conflicting edits " + System.nanoTime());
    String summary = api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json().getString("id");

    SignIn.fresh(page, "moderator");
    page.navigate("/summaries/" + summary);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit the text")).click();
    page.getByLabel("Text (Markdown)").fill("# Summary\n\nMy version of events.");
    api.as("secretariat").put("/summaries/" + summary + "/text", new JsonObject()
        .put("markdown", "# Summary\n\nThe Secretariat's version.").put("baseVersion", 1)).expect(200);

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a new version")).click();
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("Someone else saved the summary while you were editing");
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("Version 2 is now the latest");
    assertThat(page.locator(".newer-version")).containsText("The Secretariat's version.");
    assertThat(page.getByLabel("Text (Markdown)")).hasValue("# Summary\n\nMy version of events.");
    Axe.assertNoSeriousViolations(page, "the summary editor after a conflict");

    page.getByLabel("Text (Markdown)").fill("# Summary\n\nThe Secretariat's version, and mine.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a new version")).click();
    assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("saved")))
        .hasText("Your text is saved as version 3.");
    assertThat(page.locator(".summary-text")).containsText("The Secretariat's version, and mine.");
  }

  @Test
  @DisplayName("The export buttons download Markdown, HTML and Word files with the reader's credentials")
  void exports(Page page) throws Exception {
    String thread = callForPositions("Exports " + System.nanoTime());
    String summary = api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json().getString("id");

    SignIn.fresh(page, "moderator");
    page.navigate("/summaries/" + summary);
    // named by the thread and the day, not by the summary's id
    String name = api.as("moderator").get("/summaries/" + summary).expect(200).json().getJsonObject("generated")
        .getString("threadTitle").toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-"
        + java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    for (String[] format : new String[][] {{"Markdown", ".md"}, {"HTML", ".html"}, {"Word", ".docx"}}) {
      Download download = page.waitForDownload(() ->
          page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download as " + format[0])).click());
      assertEquals(name + format[1], download.suggestedFilename());
      assertTrue(Files.size(download.path()) > 200, format[0] + " export is too small to be a summary");
    }
    assertThat(page.getByRole(AriaRole.STATUS)).hasText(name + ".docx is downloaded.");
  }

  @Test
  @DisplayName("In Arabic, a published summary of a public thread reads right to left for anyone, and passes axe")
  void arabic(Page page) {
    String thread = callForPositions("Arabic summary " + System.nanoTime(), "public");
    String summary = api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json().getString("id");
    api.as("moderator").post("/summaries/" + summary + "/submit").expect(200);
    api.as("chair").post("/summaries/" + summary + "/publish").expect(200);

    page.navigate("/");
    page.getByLabel("Language").selectOption("ar");
    assertThat(page.locator("html")).hasAttribute("dir", "rtl");
    page.navigate("/summaries/" + summary);
    assertThat(page.locator("html")).hasAttribute("dir", "rtl");
    assertThat(page.locator("h1")).containsText("موجز الرئيس");
    assertThat(page.locator("#summary-participation")).hasText("المشاركة");
    assertThat(page.locator(".loading")).hasCount(0);
    Axe.assertNoSeriousViolations(page, "a Chair's summary in Arabic");
    page.screenshot(new Page.ScreenshotOptions().setPath(artifact("summary-arabic.png")).setFullPage(true));
  }

  @Test
  @DisplayName("France's delegate finds the published Chair's summaries in the navigation, not a draft; one shows France's superseded position, another 'fewer than 3' in English and French")
  void publishedSummariesForDelegates(Page page) {
    String stamp = String.valueOf(System.nanoTime());
    String changed = callForPositions("Disclosure, revised " + stamp);
    long first = dialogue.post("delegate-fra", changed, new JsonObject().put("kind", "position").put("guidingQuestion", 0)
        .put("body", "France will consider disclosure policies later.")).expect(201).json().getLong("id");
    dialogue.post("delegate-fra", changed, new JsonObject().put("kind", "position").put("guidingQuestion", 0)
        .put("body", "France now supports publishing national disclosure policies.")).expect(201);
    publish(changed);
    String draft = callForPositions("Disclosure, still a draft " + stamp);
    api.as("moderator").post("/threads/" + draft + "/summaries").expect(201);
    String consultation = dialogue.openThread("moderator", "capacity-building", new JsonObject().put("kind", "consultation")
        .put("audience", "participants").put("chathamHouse", true).put("title", "Capacity under the rule " + stamp)
        .put("closesAt", Instant.now().plus(5, ChronoUnit.DAYS).toString()));
    dialogue.comment("delegate-mwi", consultation, "Our most urgent need is a national CERT with trained staff.");
    dialogue.comment("delegate-est", consultation, "Exercises bring operators and CERTs together.");
    dialogue.comment("delegate-bra", consultation, "A clearing house should publish its matches.");
    dialogue.comment("delegate-idn", consultation, "Demand-driven programmes work best.");
    publish(consultation);

    SignIn.fresh(page, "delegate-fra");
    page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Summaries")).click();
    assertThat(page.locator("h1")).hasText("Published summaries");
    assertThat(page.locator("main")).containsText("download it as Markdown, HTML or Word");
    assertThat(page.locator("article").filter(new Locator.FilterOptions().setHasText("Disclosure, revised " + stamp))).hasCount(1);
    assertThat(page.locator("article").filter(new Locator.FilterOptions().setHasText("Capacity under the rule " + stamp))).hasCount(1);
    assertThat(page.locator("main")).not().containsText("Disclosure, still a draft " + stamp);
    Axe.assertNoSeriousViolations(page, "the published summaries, for a delegate");
    page.screenshot(new Page.ScreenshotOptions().setPath(artifact("summaries-for-a-delegate.png")).setFullPage(true));

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Disclosure, revised " + stamp)).click();
    Locator changes = page.locator("section[aria-labelledby='summary-position-changes']");
    assertThat(changes).containsText("Superseded position of France:");
    assertThat(changes.locator("a[href$='#post-" + first + "']")).hasCount(1);
    assertThat(page.locator(".summary-text")).not().containsText("consider disclosure policies later");
    assertThat(page.locator("#summary-by-constituency")).containsText("Key points");

    page.goBack();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Capacity under the rule " + stamp)).click();
    Locator groups = page.locator("#summary-by-group");
    assertThat(groups.locator("tr").filter(new Locator.FilterOptions().setHasText("African"))).containsText("fewer than 3");
    assertThat(page.locator(".summary-text")).containsText("African States: fewer than 3 contributions from fewer than 3 States");
    assertThat(page.locator("main")).containsText("so that it does not point to the speaker");
    Axe.assertNoSeriousViolations(page, "a Chatham House summary with counts withheld");
    page.getByLabel("Language").selectOption("fr");
    assertThat(groups.locator("tr").filter(new Locator.FilterOptions().setHasText("Afrique"))).containsText("moins de 3");
  }

  private void publish(String thread) {
    String summary = api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json().getString("id");
    api.as("moderator").post("/summaries/" + summary + "/submit").expect(200);
    api.as("chair").post("/summaries/" + summary + "/publish").expect(200);
  }

  /** A thread's title as headings show it: isolated, so that it reads whole in any direction. */
  private static String isolated(String title) {
    return "\u2068" + title + "\u2069";
  }

  private static java.nio.file.Path artifact(String name) {
    try {
      return Chromium.artifact(name);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A participants-only call for positions: the EU's statement, Estonia aligned with it, and civil society. */
  private String callForPositions(String title) {
    return callForPositions(title, "participants");
  }

  private String callForPositions(String title, String audience) {
    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("kind", "position-call")
        .put("audience", audience).put("title", title)
        .put("closesAt", Instant.now().plus(5, ChronoUnit.DAYS).toString())
        .put("guidingQuestions", new JsonArray().add("Should States publish disclosure policies?")));
    long eu = dialogue.post("delegate-eu", thread, new JsonObject().put("kind", "position").put("guidingQuestion", 0)
        .put("body", "The European Union encourages responsible reporting of ICT vulnerabilities. "
            + "Coordinated disclosure protects users in every region.")).expect(201).json().getLong("id");
    dialogue.post("delegate-est", thread, new JsonObject().put("kind", "position").put("guidingQuestion", 0)
        .put("alignsWith", eu).put("body", "Estonia aligns itself with the statement of the European Union. "
            + "National CERTs should publish their vulnerability disclosure policies.")).expect(201);
    dialogue.comment("cs-opennet", thread, "Researchers who report vulnerabilities in good faith need legal protection "
        + "in every jurisdiction.");
    return thread;
  }
}
