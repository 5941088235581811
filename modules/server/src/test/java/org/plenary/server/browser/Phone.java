package org.plenary.server.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;

/** What a phone-sized page offers and must hold to: the menu button, and nothing wider than the screen. */
final class Phone {

  private Phone() {
  }

  static Locator menuButton(Page page) {
    return page.locator("button.header-toggle[aria-controls='site-tools site-nav']");
  }

  /**
   * The menu button once the header is rendered: it always is, and shown on narrow screens only, so its visibility
   * says whether there is a menu only after it exists (asked before, a slow first render read as "no menu").
   */
  private static Locator renderedMenuButton(Page page) {
    Locator menu = menuButton(page);
    menu.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
    return menu;
  }

  /** Opens the header's menu when the screen is narrow enough to have one (a no-op at desktop width). */
  static void openMenu(Page page) {
    Locator menu = renderedMenuButton(page);
    if (menu.isVisible() && "false".equals(menu.getAttribute("aria-expanded"))) {
      menu.click();
    }
  }

  static void closeMenu(Page page) {
    Locator menu = renderedMenuButton(page);
    if (menu.isVisible() && "true".equals(menu.getAttribute("aria-expanded"))) {
      menu.click();
    }
  }

  /**
   * Fails when the page is wider than the window (it would scroll sideways), naming the elements that stick out
   * (those not inside a box that scrolls on its own, such as a wide table's), so that the failure says what to fix.
   */
  static void assertNoHorizontalOverflow(Page page, String where) {
    overflow(page, where).ifPresent(org.junit.jupiter.api.Assertions::fail);
  }

  /** What {@link #assertNoHorizontalOverflow} would fail with, if anything: to check many pages and list them all. */
  static java.util.Optional<String> overflow(Page page, String where) {
    JsonObject measured = new JsonObject((String) page.evaluate("""
        () => {
          const width = window.innerWidth;
          const scrollsItself = (element) => {
            for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
              const overflow = getComputedStyle(up).overflowX;
              if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') return true;
            }
            return false;
          };
          const out = [...document.body.querySelectorAll('*')].filter((element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && (box.right > width + 1 || box.left < -1) && !scrollsItself(element);
          });
          const name = (element) => element.localName + (element.id ? '#' + element.id : '')
            + [...element.classList].map((c) => '.' + c).join('');
          // When nothing sticks out by itself, something clipped or positioned does: list those too.
          const clipped = out.length ? [] : [...document.body.querySelectorAll('*')].filter((element) => {
            const box = element.getBoundingClientRect();
            return box.right > width + 1 || box.left < -1;
          });
          out.push(...clipped);
          // ... or a run of text wider than its box
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node && out.length === 0; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            const box = range.getBoundingClientRect();
            if (box.width > 0 && (box.right > width + 1 || box.left < -1)) {
              out.push(node.parentElement);
            }
          }
          // ... or, when nothing at all shows why, the deepest element without which the page fits
          const fits = () => document.documentElement.scrollWidth <= width;
          const culprit = (element) => {
            for (const child of element.children) {
              const display = child.style.display;
              child.style.display = 'none';
              const found = fits();
              child.style.display = display;
              if (found) {
                return culprit(child) ?? child;
              }
            }
            return null;
          };
          if (out.length === 0 && !fits()) {
            const found = culprit(document.body);
            if (found) out.push(found);
          }
          return JSON.stringify({
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: width,
            sticking: [...new Set([...out.slice(0, 6), ...out.slice(-8)])].map((element) => {
              const box = element.getBoundingClientRect();
              return name(element) + ' [' + Math.round(box.left) + ', ' + Math.round(box.right) + '] '
                + getComputedStyle(element).position;
            }),
          });
        }
        """));
    int scrollWidth = measured.getInteger("scrollWidth");
    int innerWidth = measured.getInteger("innerWidth");
    return scrollWidth <= innerWidth ? java.util.Optional.empty() : java.util.Optional.of(where + " at " + innerWidth
        + " px is " + scrollWidth + " px wide; sticking out: " + measured.getJsonArray("sticking").encode());
  }
}
