package org.plenary.drafts.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One paragraph of a draft as its latest version has it, and where each of a few States stands on it. A State
 * whose entries the reader may not see attributed (the Chatham House Rule) is {@code withheld}, with nothing
 * else said of it: not even whether it recorded anything.
 */
public record ParagraphComparison(UUID threadId, String title, UUID paragraphId, int number, String text,
                                  List<StateEntry> states) {

  public ParagraphComparison {
    states = List.copyOf(states);
  }

  public record StateEntry(String stateId, boolean withheld, Optional<DraftRecord.Stance> stance,
                           Optional<DraftRecord.Dissociation> dissociation) {
  }
}
