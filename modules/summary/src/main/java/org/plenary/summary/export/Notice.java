package org.plenary.summary.export;

/** The line every copy of a summary carries, saying what it is and what it is not. */
public final class Notice {

  private Notice() {
  }

  public static String of(String status) {
    return switch (status) {
      case "published" -> "Chair's summary. Issued on the Chair's own responsibility: it is not agreed text and"
          + " does not commit any delegation.";
      case "submitted" -> "Draft summary submitted to the Chair. Not for circulation.";
      default -> "Draft summary prepared by the moderators. Not for circulation.";
    };
  }
}
