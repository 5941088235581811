package org.plenary.summary.export;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a summary's Word document says at its top, as an issued document would: the body, its session and the
 * document's symbol where there are such, what the document is (the Chair's summary, or a draft), its thread and
 * its date. The summary context knows no session or symbol of its own yet: they are empty until the document
 * registry issues a summary under a symbol.
 */
public record DocumentHeading(String threadTitle, String status, LocalDate date, Optional<String> session,
                              Optional<String> symbol) {

  public static DocumentHeading of(String threadTitle, String status, LocalDate date) {
    return new DocumentHeading(threadTitle, status, date, Optional.empty(), Optional.empty());
  }

  /** {@code Chair's summary} once published, else a draft; in the document's words. */
  String kindKey() {
    return "published".equals(status) ? "document.chairsSummary" : "document.draft";
  }
}
