package org.plenary.contacts.domain;

import java.util.List;
import java.util.UUID;

/**
 * Whether the directory offers {@code stateId} to post a "points of contact training" need on the board: its
 * contacts answered neither of the last two exercises that closed ({@code unanswered} names them).
 */
public record TrainingOffer(String stateId, boolean offered, List<UUID> unanswered) {

  public TrainingOffer {
    unanswered = List.copyOf(unanswered);
  }
}
