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
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@ExtendWith(Chromium.class)
@DisplayName("The Secretariat adds a topic, in the browser")
class TopicFormTest {

  private final Dialogue dialogue = Dialogue.on(TestServer.api());

  @Test
  @DisplayName("The Secretariat adds a topic whose address follows its title; it is listed and opens; a delegate sees no form")
  void secretariatAddsATopic(Page page) {
    long unique = System.nanoTime();
    String title = "AI and international security " + unique;
    String id = "ai-and-international-security-" + unique;

    SignIn.fresh(page, "secretariat");
    page.navigate("/topics");
    Locator form = page.locator("topic-form");
    form.getByLabel("Title of the topic").fill(title);
    assertThat(form.getByLabel("Address of the topic")).hasValue(id);
    form.getByLabel("What the topic covers").fill("Military and civilian uses of artificial intelligence and their risks.");
    Axe.assertNoSeriousViolations(page, "the topics page with the Secretariat's form");
    form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add the topic")).click();

    assertThat(form.getByRole(AriaRole.STATUS)).hasText("The topic " + title + " is added.");
    assertThat(form.getByLabel("Title of the topic")).hasValue("");
    // Every topic has a thread in the dialogue; this one gets its first so that the topic page has one to show.
    String thread = dialogue.openThread("moderator", id, new JsonObject().put("title", "First thread on AI " + unique));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
    assertThat(page.locator("h1")).hasText(title);
    assertThat(page.locator("a[href='/threads/" + thread + "']")).isVisible();

    page.navigate("/topics");
    page.locator("topic-form").getByLabel("Address of the topic").fill(id);
    page.locator("topic-form").getByLabel("Title of the topic").fill("The same address again");
    page.locator("topic-form").getByLabel("What the topic covers").fill("A second topic at an address already taken.");
    page.locator("topic-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add the topic")).click();
    assertThat(page.locator("topic-form").getByRole(AriaRole.ALERT)).isVisible();

    try (BrowserContext other = Chromium.newContext("en-GB")) {
      Page delegate = other.newPage();
      SignIn.fresh(delegate, "delegate-fra");
      delegate.navigate("/topics");
      assertThat(delegate.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
      assertThat(delegate.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Add a topic"))).hasCount(0);
    }
  }
}
