package org.plenary.drafts.api;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;

/** The consensus tracker of a draft, as other bounded contexts (summaries) may read it. */
public interface DraftConsensus {

  /**
   * Per paragraph of the draft's latest version, in order; empty when the thread has no draft yet. Every State
   * is named, whatever the thread's Chatham House flag: the caller applies the rule to what it shows.
   */
  Future<List<ParagraphStanding>> paragraphs(UUID threadId);
}
