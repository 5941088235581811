package org.plenary.implementation.api;

import java.time.Instant;
import java.util.List;

/**
 * A State's answers on one norm in its latest published report that has them, in the order of the survey's
 * questions ({@code understanding}, {@code policy}, {@code law}, ... {@code needs}), in the report's language.
 */
public record NormAnswers(String stateId, String cycleId, String cycleTitle, String language, String audience,
                          Instant publishedAt, List<Answer> answers) {

  public NormAnswers {
    answers = List.copyOf(answers);
  }

  public record Answer(String question, String text) {
  }
}
