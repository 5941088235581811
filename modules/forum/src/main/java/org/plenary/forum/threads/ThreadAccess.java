package org.plenary.forum.threads;

import java.util.Optional;
import org.plenary.forum.ForumRules;
import org.plenary.platform.failure.Failure;

/** Who may read a thread, decided on the server for every request. */
public final class ThreadAccess {

  private ThreadAccess() {
  }

  /**
   * The thread if {@code reader} may read it. A {@code states} thread is invisible (404) to everyone
   * else; a {@code participants} thread asks anonymous readers to sign in and tells a stakeholder that
   * is not accredited why it may not read.
   */
  public static ForumThread requireReadable(Optional<ForumThread> found, Reader reader) {
    ForumThread thread = found.orElseThrow(ThreadAccess::notFound);
    requireReadable(thread.audience(), reader);
    return thread;
  }

  /** {@link #requireReadable(Optional, Reader)} for a thread whose {@link ThreadHead} alone was read. */
  public static ThreadHead requireReadableHead(Optional<ThreadHead> found, Reader reader) {
    ThreadHead head = found.orElseThrow(ThreadAccess::notFound);
    requireReadable(head.audience(), reader);
    return head;
  }

  private static void requireReadable(Audience audience, Reader reader) {
    if (reader.visibleAudiences().contains(audience)) {
      return;
    }
    if (audience == Audience.STATES) {
      throw notFound();
    }
    if (reader.participant().isEmpty()) {
      throw Failure.unauthenticated("Sign in to read this thread: it is open to participants only.");
    }
    throw ForumRules.notAccredited();
  }

  /**
   * Says no more than "not found": other contexts reach threads through ids they store (a summary's, a
   * proposal's), so the answer must never name a thread the caller may not know of.
   */
  public static Failure notFound() {
    return Failure.notFound("There is no such thread, or it is not open to you.");
  }

}
