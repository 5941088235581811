package org.plenary.platform.translation;

/** What a text to translate is: plain words (a search query) or sanitised HTML (a post), whose tags are kept. */
public enum TextFormat {
  PLAIN,
  HTML
}
