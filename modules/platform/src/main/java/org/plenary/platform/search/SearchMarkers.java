package org.plenary.platform.search;

/**
 * The two private-use characters PostgreSQL's headlines mark matches with (the search context turns them into
 * {@code <mark>} only after escaping the text). The index never stores them, so no writer can forge a mark.
 */
public final class SearchMarkers {

  public static final char START = '\uE000';
  public static final char STOP = '\uE001';

  private SearchMarkers() {
  }

  /** Text as indexed: our two marks cannot come from a writer. */
  public static String removedFrom(String text) {
    return text == null ? null : text.replace(START, ' ').replace(STOP, ' ');
  }
}
