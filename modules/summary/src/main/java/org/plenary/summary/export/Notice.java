package org.plenary.summary.export;

import org.plenary.platform.i18n.Language;
import org.plenary.platform.i18n.Messages;

/** The line every copy of a summary carries, saying what it is and what it is not, in the copy's language. */
public final class Notice {

  private static final Messages MESSAGES = Messages.of("summary");

  private Notice() {
  }

  public static String of(String status) {
    return of(status, Language.EN);
  }

  public static String of(String status, Language language) {
    return MESSAGES.text(language, switch (status) {
      case "published" -> "notice.published";
      case "submitted" -> "notice.submitted";
      default -> "notice.draft";
    });
  }
}
