package org.plenary.drafts.stances;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A State's dissociation from paragraphs of the draft's latest version; no paragraphs withdraws it. */
public record Dissociate(UUID threadId, List<UUID> paragraphIds, Optional<String> explanation) {

  public Dissociate {
    paragraphIds = List.copyOf(paragraphIds);
  }
}
