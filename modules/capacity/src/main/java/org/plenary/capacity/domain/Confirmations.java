package org.plenary.capacity.domain;

import java.time.Instant;
import java.util.Optional;

/** One step that both sides confirm (the start, or completion): when each side confirmed it, with its note. */
public record Confirmations(Optional<Confirmation> state, Optional<Confirmation> provider) {

  /** One side's confirmation; the note is its outcome note on completion. */
  public record Confirmation(Instant at, Optional<String> note) {
  }

  public static Confirmations none() {
    return new Confirmations(Optional.empty(), Optional.empty());
  }

  public Optional<Confirmation> of(Engagement.Side side) {
    return side == Engagement.Side.STATE ? state : provider;
  }

  public boolean confirmedBy(Engagement.Side side) {
    return of(side).isPresent();
  }
}
