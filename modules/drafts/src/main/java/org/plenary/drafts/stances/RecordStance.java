package org.plenary.drafts.stances;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A delegate's stance on a paragraph of a draft. {@code onBehalfOf} names the member States an intergovernmental
 * delegate records it for (all members when empty; a State's delegate names none), each once in the order given.
 */
public record RecordStance(UUID threadId, UUID paragraphId, String stance, Optional<String> explanation,
                           List<String> onBehalfOf) {

  public RecordStance {
    onBehalfOf = List.copyOf(onBehalfOf);
  }
}
