package org.plenary.drafts.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A draft and what one State holds on it now: its current stances, newest first, and its dissociation. */
public record DraftRecord(UUID threadId, String title, Instant latestAt, List<Stance> stances,
                          Optional<Dissociation> dissociation) {

  public DraftRecord {
    stances = List.copyOf(stances);
  }

  /**
   * A stance on a paragraph's text as it stood when recorded ({@code number} and {@code text} of that revision);
   * {@code onLatestText} says whether the latest version still has that text. {@code recordedVia}: the
   * intergovernmental organization that recorded it on the State's behalf.
   */
  public record Stance(UUID paragraphId, int number, String text, boolean onLatestText, String stance,
                       Optional<String> explanation, Optional<String> recordedVia, Instant recordedAt) {
  }

  /** The paragraphs (by number, as they stood) the State dissociates from, and those a revision since ended. */
  public record Dissociation(List<Integer> paragraphs, List<Integer> ended, Optional<String> explanation,
                             int versionNumber, Instant recordedAt) {

    public Dissociation {
      paragraphs = List.copyOf(paragraphs);
      ended = List.copyOf(ended);
    }
  }
}
