package org.plenary.translation;

import org.plenary.platform.i18n.Language;
import org.plenary.platform.translation.MachineTranslation.Sensitivity;

/**
 * A text a reader may read and asks to have translated: what it is ({@code kind} and {@code id}), its version
 * (a new one after each edit), its language, its sanitised HTML and whether it may leave the server.
 */
record SourceText(Kind kind, String id, int version, Language language, String html, Sensitivity sensitivity) {

  /** A summary quotes what was said: its quotations keep their words ({@link KeptQuotations}). */
  boolean keepsQuotations() {
    return kind == Kind.SUMMARY || kind == Kind.REPORT;
  }

  /** A report's and a practice's headings are the survey's, already in the target language: kept as they are. */
  boolean keepsHeadings() {
    return kind == Kind.REPORT || kind == Kind.PRACTICE;
  }

  /** What is translated, as the cache table names it. */
  enum Kind {
    POST("post"), THREAD("thread"), SUMMARY("summary"), PARAGRAPH("paragraph"), REPORT("report"), PRACTICE("practice");

    private final String wire;

    Kind(String wire) {
      this.wire = wire;
    }

    String wire() {
      return wire;
    }
  }
}
