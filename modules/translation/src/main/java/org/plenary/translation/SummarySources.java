package org.plenary.translation;

import io.vertx.core.Future;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.identity.Participant;
import org.plenary.summary.api.SummaryTexts;

/**
 * Summaries as their reader may read them, through the summaries' port (a draft only for those who run the
 * dialogue), and their thread's audience through the forum's: a summary of a thread for States, or held under the
 * Chatham House Rule, is restricted text.
 */
final class SummarySources {

  private final SummaryTexts summaries;
  private final ForumAccess forum;

  SummarySources(SummaryTexts summaries, ForumAccess forum) {
    this.summaries = summaries;
    this.forum = forum;
  }

  Future<SourceText> summary(UUID summaryId, Optional<Participant> reader) {
    return summaries.readable(summaryId, reader).compose(text -> forum.readableThread(text.threadId(), reader)
        .map(thread -> new SourceText(SourceText.Kind.SUMMARY, summaryId.toString(), text.version(), Language.EN,
            text.html(), ForumSources.sensitivity(text.chathamHouse() || thread.chathamHouse(), thread.audience()))));
  }
}
