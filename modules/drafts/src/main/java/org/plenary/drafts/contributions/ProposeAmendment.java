package org.plenary.drafts.contributions;

import java.util.Optional;
import java.util.UUID;

/** A delegate's amendment to a paragraph of the draft's latest version: the text it proposes instead. */
public record ProposeAmendment(UUID threadId, UUID paragraphId, String text, Optional<String> explanation) {
}
