package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("A State's country profile in the browser: positions with what changed, stances, and three States side by side")
class ProfilePageTest {

  /** Other tests write France's positions too: this topic and norm hold only this test's. */
  private static final String FILTERS = "topic=horizon-scanning&norm=norm-k";

  private final Api api = TestServer.api();

  /** A thread where France updated its position, and a draft paragraph France, Brazil and Indonesia took stances on. */
  private String[] record(String suffix) {
    JsonObject tagged = new JsonObject().put("tags", new JsonArray(List.of("norm-k")));
    String thread = Dialogue.on(api).openThread("delegate-fra", "horizon-scanning", tagged.copy()
        .put("title", "Emergency response teams " + suffix));
    Dialogue.on(api).position("delegate-fra", thread, "France supports the cooperation of CERTs.");
    Dialogue.on(api).position("delegate-fra", thread, "France supports the cooperation of CERTs across regions.");
    String draft = api.as("moderator").post("/topics/horizon-scanning/threads", tagged.copy().put("kind", "draft")
        .put("audience", "public").put("title", "Statement on CERTs " + suffix)).expect(201).json().getString("id");
    String paragraph = api.as("moderator").post("/drafts/" + draft + "/versions", new JsonObject().put("paragraphs",
            new JsonArray().add(new JsonObject().put("text", "CERTs should cooperate across borders."))))
        .expect(201).json().getJsonArray("paragraphs").getJsonObject(0).getString("id");
    stance("delegate-fra", draft, paragraph, "support", "Cooperation saves time in a crisis.");
    stance("delegate-bra", draft, paragraph, "reserve", "Brazil consults its national CERT.");
    stance("delegate-idn", draft, paragraph, "object", "Indonesia prefers regional arrangements.");
    return new String[] {thread, draft, paragraph};
  }

  private void stance(String persona, String draft, String paragraph, String stance, String reason) {
    api.as(persona).post("/drafts/" + draft + "/paragraphs/" + paragraph + "/stances",
        new JsonObject().put("stance", stance).put("explanation", reason)).expect(201);
  }

  @Test
  @DisplayName("With the keyboard alone, a reader opens what changed in France's position and compares three States on a paragraph")
  void englishWithTheKeyboard(Page page) {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    record(suffix);
    page.navigate("/organizations/FRA?" + FILTERS);
    assertThat(page.locator("h1")).hasText("France");
    Locator profile = page.locator("country-profile");
    assertThat(profile.locator("#profile-heading")).hasText("Country profile");
    assertThat(profile).containsText("Emergency response teams " + suffix);
    assertThat(profile).containsText("Current position");
    assertThat(profile).containsText("Superseded by a later position");
    assertThat(page.locator("#profile-norm")).hasValue("norm-k");
    Axe.assertNoSeriousViolations(page, "France's country profile");

    Keyboard.tabTo(page, "What changed in the position that superseded it");
    page.keyboard().press("Enter");
    assertThat(profile.locator(".profile-diff ins").first()).containsText("across");
    assertThat(profile.locator("#profile-drafts")).hasText("Stances and dissociations on drafts");
    assertThat(profile).containsText("Reason given: Cooperation saves time in a crisis.");

    Keyboard.tabTo(page, "Compare States on paragraph 1");
    page.keyboard().press("Enter");
    assertThat(page.locator("#compare-state-0")).isFocused();
    page.locator("#compare-state-0").selectOption("BRA");
    page.keyboard().press("Tab");
    page.locator("#compare-state-1").selectOption("IDN");
    Keyboard.tabTo(page, "Compare");
    assertEquals("button:Compare", Keyboard.focusedTagAndText(page));
    page.keyboard().press("Enter");
    Locator comparison = page.locator("state-comparison .comparison-columns");
    assertThat(comparison.locator("h3")).hasText(new String[] {"France", "Brazil", "Indonesia"});
    assertThat(comparison).containsText("Brazil consults its national CERT.");
    assertThat(comparison).containsText("Object");
    assertThat(page.locator("state-comparison blockquote")).containsText("CERTs should cooperate across borders.");
    Axe.assertNoSeriousViolations(page, "three States side by side on a paragraph");
  }

  @Test
  @DisplayName("In Arabic, right to left, the public reads the profile and the comparison on a norm and on a paragraph")
  void arabic() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String paragraph = record(suffix)[2];
    try (BrowserContext arabic = Chromium.newContext("ar")) {
      Page page = arabic.newPage();
      page.navigate("/organizations/FRA?" + FILTERS);
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      assertThat(page.locator("#profile-heading")).hasText("الملف القطري");
      assertThat(page.locator("country-profile")).containsText("Emergency response teams " + suffix);
      assertThat(page.locator("country-profile")).containsText("الموقف الحالي");
      Axe.assertNoSeriousViolations(page, "France's country profile in Arabic");
      page.navigate("/organizations/FRA?compare=BRA,IDN&paragraph=" + paragraph);
      Locator comparison = page.locator("state-comparison .comparison-columns");
      assertThat(comparison.locator("h3")).hasCount(3);
      assertThat(comparison).containsText("تأييد");
      assertThat(comparison).containsText("Indonesia prefers regional arrangements.");
      Axe.assertNoSeriousViolations(page, "the comparison on a paragraph in Arabic");
      page.navigate("/organizations/FRA?compare=BRA&on=norm-k");
      assertThat(page.locator("state-comparison .comparison-columns h3")).hasCount(2);
      assertThat(page.locator("state-comparison")).containsText("Emergency response teams " + suffix);
      Axe.assertNoSeriousViolations(page, "the comparison on a norm in Arabic");
    }
  }
}
