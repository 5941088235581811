package org.plenary.forum.threads;

import java.time.Instant;
import org.plenary.forum.api.ThreadInfo;

/** Publishes a thread as {@link ThreadInfo} for other bounded contexts. */
public final class ThreadInfos {

  private ThreadInfos() {
  }

  public static ThreadInfo of(ForumThread t) {
    return new ThreadInfo(t.id(), t.topicId(), t.kind().wire(), t.audience().wire(), t.status().wire(), t.title(),
        t.language(), t.chathamHouse(), t.guidingQuestions(), t.authorId(), t.organizationId(), t.opensAt(),
        t.closesAt(), t.postCount(), t.refusesPostsBecause(Instant.now()));
  }
}
