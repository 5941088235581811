package org.plenary.contacts.domain;

import java.util.List;
import java.util.Optional;

/**
 * An exercise's results as a reader may see them: every State's own result for the Secretariat, only the reader's
 * own State's for a State (others see none), and the aggregate (all States and by regional group) for every
 * State's delegate.
 */
public record ExerciseResults(Exercise exercise, boolean closed, List<StateResult> states, Optional<GroupShare> overall,
                              List<GroupShare> byGroup) {

  public ExerciseResults {
    states = List.copyOf(states);
    byGroup = List.copyOf(byGroup);
  }
}
