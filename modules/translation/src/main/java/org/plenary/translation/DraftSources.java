package org.plenary.translation;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.drafts.api.StateStances;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.identity.Participant;

/**
 * Paragraphs of a draft's latest version as their reader may read them, through the drafts' port; the thread's
 * language, audience and Chatham House flag through the forum's.
 */
final class DraftSources {

  private final StateStances drafts;
  private final ForumAccess forum;

  DraftSources(StateStances drafts, ForumAccess forum) {
    this.drafts = drafts;
    this.forum = forum;
  }

  Future<SourceText> paragraph(UUID threadId, UUID paragraphId, Optional<Participant> reader) {
    return drafts.on(paragraphId, List.of(), reader).compose(paragraph -> {
      if (!paragraph.threadId().equals(threadId)) {
        return Future.failedFuture(Failure.notFound("There is no paragraph " + paragraphId + " in this draft."));
      }
      return forum.readableThread(threadId, reader).map(thread -> new SourceText(SourceText.Kind.PARAGRAPH,
          paragraphId.toString(), 0,
          // A paragraph has no version of its own across revisions: the hash of its text tells a changed one apart.
          Language.of(thread.language()).orElse(Language.EN), TranslatedHtml.ofPlain(paragraph.text()),
          ForumSources.sensitivity(thread.chathamHouse(), thread.audience())));
    });
  }
}
