package org.plenary.contacts.domain;

import java.util.Optional;

/** An exercise in the list over time: its share answered (for those who read the aggregate) and the reader's own State's result. */
public record ExerciseSummary(Exercise exercise, boolean closed, Optional<GroupShare> overall,
                              Optional<PingStatus> ownResult) {
}
