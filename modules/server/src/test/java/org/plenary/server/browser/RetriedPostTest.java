package org.plenary.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("A post whose answer the network lost is posted once: the web application retries it with its key")
class RetriedPostTest {

  private final Dialogue dialogue = Dialogue.on(TestServer.api());

  @Test
  @DisplayName("The server stores Estonia's comment but the connection drops before the answer; the page shows one comment")
  void lostAnswerIsRetriedOnce(Page page) {
    String title = "Points of contact " + System.nanoTime();
    String thread = dialogue.openThread("delegate-fra", "confidence-building", new JsonObject().put("title", title));
    List<String> keys = new CopyOnWriteArrayList<>();
    page.route("**/api/v1/threads/" + thread + "/posts", route -> {
      if (!"POST".equals(route.request().method())) {
        route.resume();
        return;
      }
      keys.add(route.request().allHeaders().get("idempotency-key"));
      if (keys.size() == 1) {
        route.fetch();
        route.abort("connectionreset");
      } else {
        route.resume();
      }
    });

    SignIn.as(page, "delegate-est");
    page.navigate("/threads/" + thread);
    assertThat(page.locator("h1")).hasText(title);
    page.getByLabel("Your text").fill("Estonia's point of contact answers within the hour.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();

    assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("published")))
        .hasText("Your post is published as post 1.");
    assertThat(page.locator("article")).hasCount(1);
    assertEquals(2, keys.size(), "the first attempt and one retry: " + keys);
    assertNotNull(keys.get(0));
    assertEquals(keys.get(0), keys.get(1), "the retry sends the first attempt's key");
    JsonArray posts = dialogue.posts("delegate-est", thread);
    assertEquals(1, posts.size(), posts::encode);
  }
}
