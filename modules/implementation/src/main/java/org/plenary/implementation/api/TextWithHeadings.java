package org.plenary.implementation.api;

import java.util.List;

/**
 * A text written in {@code language} (a code of the six), read in parts: each part a heading (a norm, a section),
 * and its answers, each under a heading of its own (a question; empty for a section, which is one answer).
 * {@code title}: the text's own title, translated with it (a practice's; empty for a report); {@code version}: the
 * report's published version (0 for a practice, which has none); {@code audience}: {@code public} or {@code states}.
 */
public record TextWithHeadings(String language, int version, String audience, String title, List<Part> parts) {

  public TextWithHeadings {
    parts = List.copyOf(parts);
  }

  public record Part(String heading, List<Answer> answers) {

    public Part {
      answers = List.copyOf(answers);
    }
  }

  /** {@code heading} is empty where the part has a single answer and its heading says it all. */
  public record Answer(String heading, String text) {
  }
}
