package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.WaitUntilState;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

/**
 * Delegations read Plenary from places where the network is poor. Over a slow 3G link (400 kbit/s each way,
 * 400 ms of latency, set through the Chrome DevTools Protocol), a signed-out visitor's first pages become
 * usable within 15 seconds. How much JavaScript the first page needs (under 200 KB compressed) is BudgetTest's
 * check; this one measures what that budget buys on such a link. Each time is written to
 * target/browser-artifacts/slow-3g.txt.
 */
@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("Usable over slow 3G")
class SlowNetworkTest {

  private static final Duration BOUND = Duration.ofSeconds(15);
  private static final int KILOBITS_PER_SECOND = 400;
  private static final int LATENCY_MS = 400;

  private final Dialogue dialogue = Dialogue.on(TestServer.api());

  @Test
  @DisplayName("A signed-out visitor's topics page shows its heading and topics within 15 s")
  void topics(Page page) throws Exception {
    slow3G(page);
    long start = System.nanoTime();
    page.navigate("/topics", new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT).setTimeout(BOUND.toMillis()));
    assertThat(page.locator("h1")).hasText("Topics of the dialogue", new LocatorAssertions.HasTextOptions().setTimeout(BOUND.toMillis()));
    assertThat(page.locator(".card__title a").first()).isVisible(within());
    record("topics", start);
  }

  @Test
  @DisplayName("A public thread shows its heading and its posts within 15 s")
  void publicThread(Page page) throws Exception {
    String title = "Resilience of undersea cables " + System.nanoTime();
    String thread = dialogue.openThread("delegate-idn", "confidence-building", new JsonObject().put("title", title));
    dialogue.comment("delegate-idn", thread, "Indonesia depends on undersea cables for most of its traffic.");
    dialogue.comment("delegate-fra", thread, "France proposes a point of contact for cable incidents.");

    slow3G(page);
    long start = System.nanoTime();
    page.navigate("/threads/" + thread, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT).setTimeout(BOUND.toMillis()));
    assertThat(page.locator("h1")).hasText(title, new LocatorAssertions.HasTextOptions().setTimeout(BOUND.toMillis()));
    Locator posts = page.locator("article");
    assertThat(posts.last()).containsText("point of contact for cable incidents",
        new LocatorAssertions.ContainsTextOptions().setTimeout(BOUND.toMillis()));
    assertThat(posts.first()).isVisible(within());
    record("public thread", start);
  }

  /** Chrome's own network throttling for this page: every request from then on goes through the slow link. */
  private static void slow3G(Page page) {
    CDPSession cdp = page.context().newCDPSession(page);
    cdp.send("Network.enable");
    com.google.gson.JsonObject conditions = new com.google.gson.JsonObject();
    conditions.addProperty("offline", false);
    conditions.addProperty("latency", LATENCY_MS);
    conditions.addProperty("downloadThroughput", KILOBITS_PER_SECOND * 1000 / 8);
    conditions.addProperty("uploadThroughput", KILOBITS_PER_SECOND * 1000 / 8);
    cdp.send("Network.emulateNetworkConditions", conditions);
  }

  private static LocatorAssertions.IsVisibleOptions within() {
    return new LocatorAssertions.IsVisibleOptions().setTimeout(BOUND.toMillis());
  }

  private static void record(String what, long start) throws Exception {
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    Files.writeString(Chromium.artifact("slow-3g.txt"), what + ": usable after " + millis + " ms on slow 3G\n",
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    assertTrue(millis < BOUND.toMillis(), () -> what + " took " + millis + " ms on slow 3G");
  }
}
