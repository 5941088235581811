package org.plenary.server.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Page;

/** What a person using only the keyboard does: Tab until the wanted control has focus. */
final class Keyboard {

  private static final int MOST_TABS = 60;

  private Keyboard() {
  }

  /** Presses Tab until the focused element's visible text contains {@code text}; says how many presses it took. */
  static int tabTo(Page page, String text) {
    return tabUntil(page, text, "() => document.activeElement ? document.activeElement.innerText || '' : ''");
  }

  /** Presses Tab until the focused form field is the one labelled {@code label}; says how many presses it took. */
  static int tabToField(Page page, String label) {
    return tabUntil(page, label, "() => document.activeElement?.labels?.[0]?.innerText || ''");
  }

  /** Presses Tab until the focused element's visible text contains {@code text}; says how many presses it took. */
  private static int tabUntil(Page page, String text, String focusedText) {
    for (int presses = 1; presses <= MOST_TABS; presses++) {
      page.keyboard().press("Tab");
      if (String.valueOf(page.evaluate(focusedText)).contains(text)) {
        return presses;
      }
    }
    fail("Nothing showing '" + text + "' was reachable with Tab on " + page.url());
    return MOST_TABS;
  }

  static String focusedTagAndText(Page page) {
    return String.valueOf(page.evaluate(
        "() => document.activeElement.localName + ':' + (document.activeElement.innerText || '').trim()"));
  }
}
