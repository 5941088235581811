package org.plenary.documents.registry;

import io.vertx.core.Future;
import java.util.Map;
import java.util.Optional;
import org.plenary.drafts.api.DraftVersions;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/** The drafts of Plenary that documents issue: a thread of kind draft and one of its published versions. */
public final class DraftLinks {

  private final ForumAccess forum;
  private final DraftVersions versions;

  public DraftLinks(ForumAccess forum, DraftVersions versions) {
    this.forum = forum;
    this.versions = versions;
  }

  public Future<Void> check(Document.IssuedDraft draft, Participant issuer) {
    return forum.readableThread(draft.threadId(), Optional.of(issuer))
        .compose(thread -> {
          if (!"draft".equals(thread.kind())) {
            throw invalid("The thread " + thread.title() + " is a " + thread.kind() + ", not a draft.");
          }
          return versions.published(draft.threadId());
        })
        .map(published -> {
          if (!published.contains(draft.version())) {
            throw invalid("The draft has no published version " + draft.version() + " (published: " + published
                + "; 0 is the zero draft, 1 Rev.1).");
          }
          return null;
        });
  }

  private static Failure invalid(String detail) {
    return Failure.invalid("not-a-published-draft", "Not a published draft", detail, Map.of("field", "draft"));
  }
}
