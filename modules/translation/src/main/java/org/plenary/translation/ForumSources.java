package org.plenary.translation;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.api.ForumAccess;
import org.plenary.forum.api.PostAsSeen;
import org.plenary.forum.api.ThreadAsSeen;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.translation.MachineTranslation.Sensitivity;

/**
 * Posts and thread introductions as their reader may read them, through the forum's port (its rules of audiences,
 * accreditation and the Chatham House Rule): a reader who may not read a post may not have it translated either.
 */
final class ForumSources {

  private final ForumAccess forum;

  ForumSources(ForumAccess forum) {
    this.forum = forum;
  }

  Future<SourceText> post(long postId, Optional<Participant> reader) {
    return forum.postAsSeenBy(postId, reader).compose(post -> forum.readableThread(post.threadId(), reader)
        .map(thread -> ofPost(post, thread)));
  }

  Future<SourceText> thread(UUID threadId, Optional<Participant> reader) {
    return forum.threadsAsSeenBy(List.of(threadId), reader).map(found -> {
      ThreadAsSeen thread = found.get(threadId);
      if (thread == null) {
        throw Failure.notFound("No thread " + threadId + ".");
      }
      String html = "<h2>" + TranslatedHtml.ofPlain(thread.title()).replaceAll("</?p>", "") + "</h2>"
          + thread.bodyHtml();
      // A thread has no version number: the hash of its text tells an edited introduction apart.
      return new SourceText(SourceText.Kind.THREAD, threadId.toString(), 0, language(thread.language()), html,
          sensitivity(thread.chathamHouse(), thread.audience()));
    });
  }

  private static SourceText ofPost(PostAsSeen post, ThreadInfo thread) {
    String html = post.bodyHtml().orElseThrow(() -> Failure.conflict("post-hidden", "Nothing to translate",
        "A moderator hid this post: its text is not shown, so it is not translated either."));
    return new SourceText(SourceText.Kind.POST, String.valueOf(post.id()), post.version(), language(post.language()),
        html, sensitivity(thread.chathamHouse(), thread.audience()));
  }

  /** Text under the Chatham House Rule or of a thread for States does not leave the server (README.md). */
  static Sensitivity sensitivity(boolean chathamHouse, String audience) {
    return chathamHouse || "states".equals(audience) ? Sensitivity.RESTRICTED : Sensitivity.OPEN;
  }

  private static Language language(String code) {
    return Language.of(code).orElseThrow(() -> Failure.unprocessable("translation-source-language-unknown",
        "The text's language is not known", "The text is marked as written in '" + code
            + "', which is none of the six languages a translation is made from."));
  }
}
