package org.plenary.server.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Page;

/** What a person using only the keyboard does: Tab until the wanted control has focus. */
final class Keyboard {

  private static final int MOST_TABS = 60;

  private Keyboard() {
  }

  /** Presses Tab until the focused element's visible text contains {@code text}; fails if it never does. */
  static void tabTo(Page page, String text) {
    for (int presses = 0; presses < MOST_TABS; presses++) {
      page.keyboard().press("Tab");
      Object focused = page.evaluate("() => document.activeElement ? document.activeElement.innerText || '' : ''");
      if (String.valueOf(focused).contains(text)) {
        return;
      }
    }
    fail("No control containing '" + text + "' was reachable with Tab on " + page.url());
  }

  static String focusedTagAndText(Page page) {
    return String.valueOf(page.evaluate(
        "() => document.activeElement.localName + ':' + (document.activeElement.innerText || '').trim()"));
  }
}
