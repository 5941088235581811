package org.plenary.summary.api;

import io.vertx.core.Future;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.identity.Participant;

/**
 * A summary's text as GET /summaries/{id} shows it to one reader (the same rules: a draft only to those who run
 * the dialogue, a thread the reader may read), for contexts that work on the text itself, such as its machine
 * translation.
 */
public interface SummaryTexts {

  /** The summary's current version as HTML, or the 404 failure when {@code reader} may not see it. */
  Future<SummaryText> readable(UUID summaryId, Optional<Participant> reader);

  /** {@code html}: sanitised, rendered from the summary's Markdown; summaries are written in English. */
  record SummaryText(UUID id, UUID threadId, int version, boolean chathamHouse, String html) {
  }
}
