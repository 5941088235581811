package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Topic cards and thread lists show where the dialogue is alive, with counts in each language's forms")
class TopicActivityTest {

  private static String topic;
  private static String topicTitle;
  private static String busyThread;
  private static String quietTopicTitle;

  /** A topic with two public threads, one busy, and one whose only thread is for participants. */
  @BeforeAll
  static void topics() {
    Api api = TestServer.api();
    Dialogue dialogue = Dialogue.on(api);
    topic = newTopic(api, "Activity");
    topicTitle = api.get("/topics/" + topic).json().getString("title");
    busyThread = "Points of contact in practice " + System.nanoTime();
    String busy = dialogue.openThread("delegate-est", topic, new JsonObject().put("title", busyThread)
        .put("audience", "public"));
    dialogue.position("delegate-est", busy, "Estonia has named its diplomatic and technical points of contact.");
    dialogue.position("delegate-fra", busy, "France supports a ping test of the directory twice a year.");
    dialogue.comment("delegate-fra", busy, "France will share the results of its own test.");
    dialogue.openThread("delegate-bra", topic, new JsonObject().put("audience", "public"));

    String quiet = newTopic(api, "Quiet");
    quietTopicTitle = api.get("/topics/" + quiet).json().getString("title");
    dialogue.openThread("delegate-bra", quiet, new JsonObject().put("audience", "participants"));
  }

  @Test
  @DisplayName("A topic with nothing public tells the public what is there for participants and how to join; counts are plural")
  void topicCards(Page page) {
    page.navigate("/topics");
    Locator quiet = card(page, quietTopicTitle);
    assertThat(quiet).containsText("No thread yet");
    assertThat(quiet).containsText("1 thread here is open to accredited participants.");
    assertThat(quiet.getByText("How to take part")).hasAttribute("href", "/accreditation");
    assertThat(card(page, topicTitle)).containsText("2 threads");
    assertFalse(page.locator("main").innerText().contains("Threads: 0"), "no topic looks dead");
    Axe.assertNoSeriousViolations(page, "the topics, for the public");
  }

  @Test
  @DisplayName("Russian and Arabic readers get their own plural forms: 2 обсуждения, سلسلتا نقاش")
  void pluralForms() {
    for (String[] language : new String[][] {{"ru-RU", "2 обсуждения"}, {"ar", "سلسلتا نقاش"}}) {
      try (BrowserContext context = Chromium.newContext(language[0])) {
        Page page = context.newPage();
        page.navigate("/topics");
        assertThat(card(page, topicTitle)).containsText(language[1]);
      }
    }
  }

  @Test
  @DisplayName("A thread list gives each thread's posts, positions, last post and who wrote it, and the States that spoke")
  void threadActivity(Page page) {
    page.navigate("/topics/" + topic);
    Locator busy = page.locator("li.thread-list__item").filter(new Locator.FilterOptions().setHasText(busyThread));
    assertThat(busy).containsText("3 posts · 2 official positions");
    assertThat(busy).containsText("by");
    assertThat(busy).containsText("(France)");
    assertThat(busy).containsText("2 States spoke: EST and FRA");
    Axe.assertNoSeriousViolations(page, "a topic's threads with their activity");
  }

  private static Locator card(Page page, String title) {
    return page.locator("li.card").filter(new Locator.FilterOptions().setHasText(title));
  }

  private static String newTopic(Api api, String name) {
    String id = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
    api.as("secretariat").post("/topics", new JsonObject().put("id", id).put("title", name + " " + id)
        .put("description", "A topic of the activity test")).expect(201);
    return id;
  }
}
