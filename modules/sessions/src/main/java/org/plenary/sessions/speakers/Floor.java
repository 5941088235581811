package org.plenary.sessions.speakers;

import java.util.ArrayList;
import java.util.List;
import org.plenary.platform.failure.Failure;

/**
 * The floor: one speaker on it at a time. Giving the floor to the next speaker ends the one who had it, so the
 * Chair runs the list with a single key; a speaker absent when called may be called again.
 */
public final class Floor {

  private Floor() {
  }

  /** The entries whose status changes when the Chair takes {@code action} on {@code target}, target last. */
  public static List<SpeakerEntry> apply(SpeakersList list, SpeakerEntry target, FloorAction action) {
    EntryStatus now = target.status();
    if (now == EntryStatus.WITHDRAWN) {
      throw Failure.conflict("entry-withdrawn", "The inscription was withdrawn",
          target.speaker().name() + " withdrew its inscription; it is no longer on the list.");
    }
    List<SpeakerEntry> changed = new ArrayList<>(2);
    switch (action) {
      case FLOOR -> {
        if (now == EntryStatus.ON_FLOOR || now == EntryStatus.DONE) {
          throw Failure.conflict("speaker-already-heard", "The speaker was already heard",
              target.speaker().name() + " is " + now.wire() + ": the floor goes to a speaker who is waiting or was"
                  + " absent when called.");
        }
        list.floor().ifPresent(current -> changed.add(current.withStatus(EntryStatus.DONE)));
        changed.add(target.withStatus(EntryStatus.ON_FLOOR));
      }
      case DONE -> {
        if (now != EntryStatus.ON_FLOOR) {
          throw Failure.conflict("not-on-the-floor", "The speaker is not on the floor",
              target.speaker().name() + " is " + now.wire() + ": only the speaker on the floor is marked done.");
        }
        changed.add(target.withStatus(EntryStatus.DONE));
      }
      case ABSENT -> {
        if (now != EntryStatus.WAITING && now != EntryStatus.ON_FLOOR) {
          throw Failure.conflict("speaker-already-heard", "The speaker was already heard",
              target.speaker().name() + " is " + now.wire() + ": only a speaker waiting or on the floor is absent.");
        }
        changed.add(target.withStatus(EntryStatus.ABSENT));
      }
      default -> throw new IllegalStateException(action.name());
    }
    return changed;
  }
}
