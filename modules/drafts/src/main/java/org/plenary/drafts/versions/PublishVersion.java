package org.plenary.drafts.versions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The next version of a draft: its paragraphs in order, and the amendments it does not retain. A paragraph
 * names the one it continues by {@code id} (none for a new paragraph) and may name the amendments it
 * incorporates.
 */
public record PublishVersion(UUID threadId, String note, List<Paragraph> paragraphs, List<Long> notRetained) {

  public PublishVersion {
    paragraphs = List.copyOf(paragraphs);
    notRetained = List.copyOf(notRetained);
  }

  /** {@code id} as the request gives it; {@code heading} may be null. */
  public record Paragraph(Optional<String> id, String heading, String text, List<Long> incorporates) {

    public Paragraph {
      incorporates = List.copyOf(incorporates);
    }
  }
}
