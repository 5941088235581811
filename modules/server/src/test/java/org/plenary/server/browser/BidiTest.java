package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("A title cannot reorder the text around it")
class BidiTest {

  private static final String RIGHT_TO_LEFT_OVERRIDE = "\u202e";

  @Test
  @DisplayName("A title that opens a right-to-left override and never closes it stays inside its own isolate: in the"
      + " topic's list, on the thread page and in the document title; 'Plenary' after it reads as written")
  void overrideStaysInTheTitle(Page page) {
    String words = "Override " + System.nanoTime();
    String title = RIGHT_TO_LEFT_OVERRIDE + words;
    String thread = Dialogue.on(TestServer.api()).openThread("delegate-est", "confidence-building",
        new JsonObject().put("title", title));

    page.navigate("/topics/confidence-building");
    assertThat(page.locator("a[href='/threads/" + thread + "'] bdi")).hasText(title + "\u202c");

    page.navigate("/threads/" + thread);
    assertThat(page.locator("h1 bdi")).hasText(title + "\u202c");
    page.waitForFunction("() => document.title.endsWith(' · Plenary') && document.title.includes('Override')");
    String documentTitle = page.title();
    assertEquals("\u2068" + title + "\u202c\u2069 · Plenary", documentTitle,
        "the override is closed and the title isolated, so the app's name is not turned around");
    Object isolated = page.evaluate("() => getComputedStyle(document.querySelector('h1 bdi')).unicodeBidi");
    assertTrue(String.valueOf(isolated).contains("isolate"), "bdi isolates: " + isolated);
  }
}
