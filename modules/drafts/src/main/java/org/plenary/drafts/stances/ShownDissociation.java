package org.plenary.drafts.stances;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A State's dissociation as the tracker shows it: the paragraphs of the latest version it holds, with their
 * numbers, and those a revision ended (numbered while the paragraph is still in the latest version).
 */
public record ShownDissociation(ConsensusTracker.Dissociation dissociation, List<Numbered> paragraphs,
                                List<Ended> ended) {

  public record Numbered(UUID id, int number) {
  }

  public record Ended(UUID id, int endedInVersion, Optional<Integer> number) {
  }
}
