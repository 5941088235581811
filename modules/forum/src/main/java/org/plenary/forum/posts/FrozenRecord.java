package org.plenary.forum.posts;

import java.time.Instant;
import org.plenary.forum.threads.ForumThread;
import org.plenary.platform.failure.Failure;

/** The rule that a closed record stays closed, as a refusal that names it. */
final class FrozenRecord {

  private FrozenRecord() {
  }

  /** Fails with 409 when the thread's record is frozen; {@code action} says what was refused ("edited"). */
  static void refuseIfFrozen(ForumThread thread, String refused) {
    thread.recordFrozenBecause(Instant.now()).ifPresent(reason -> {
      throw Failure.conflict("record-frozen", "The record is frozen", refused + ": the record is frozen because "
          + reason + ". Once a thread is closed or locked, or its closing time has passed, no post of it is edited or"
          + " withdrawn and no joint statement of it changes the States it lists.");
    });
  }
}
