package org.plenary.drafts;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.plenary.forum.api.ForumAccess;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/**
 * The forum's rules as drafts and proposals apply them: who may read a thread (its audience, the forum's
 * decision) and whether it takes contributions now (its record frozen or not). Who may do what is
 * {@link DraftRules}'.
 */
public final class DraftAccess {

  private final ForumAccess forum;

  public DraftAccess(ForumAccess forum) {
    this.forum = forum;
  }

  /**
   * Runs a write in one transaction that first share-locks the thread and checks it again: a lock or close
   * committed since the caller's check refuses the write, and one under way waits for it (the forum changes a
   * thread's status under an update lock), so nothing is added to a record as it freezes.
   */
  public <T> Future<T> write(Pool pool, UUID threadId, UnaryOperator<ThreadInfo> check,
                             Function<SqlConnection, Future<T>> work) {
    return pool.withTransaction(conn -> forum.lockThreadForWrite(conn, threadId)
        .map(found -> check.apply(found.orElseThrow(() -> Failure.notFound("There is no thread " + threadId + "."))))
        .compose(locked -> work.apply(conn)));
  }

  public Future<ThreadInfo> readableThread(UUID threadId, Optional<Participant> reader) {
    return forum.readableThread(threadId, reader);
  }

  /** The thread, if {@code reader} may read it and it is a draft; otherwise the 404 (or 401/403) problem. */
  public Future<ThreadInfo> readableDraft(UUID threadId, Optional<Participant> reader) {
    return forum.readableThread(threadId, reader).map(thread -> {
      if (!"draft".equals(thread.kind())) {
        throw Failure.notFound("Thread " + threadId + " is a " + thread.kind() + ", not a draft: drafts are"
            + " threads of kind draft.");
      }
      return thread;
    });
  }

  /** The draft if {@code reader} may read it, with what they see of who made its entries. */
  public Future<Attribution> attributionIn(UUID threadId, Optional<Participant> reader) {
    return readableDraft(threadId, reader).map(thread -> Attribution.of(thread, reader));
  }

  /**
   * A closed or locked thread, or one past its closing time, takes nothing new because its record is frozen
   * ({@link #requireNotFrozen}); a consultation not yet open takes nothing yet.
   */
  public static ThreadInfo requireAccepting(ThreadInfo thread, String what) {
    requireNotFrozen(thread, what + " cannot be added");
    thread.refusesPostsBecause().ifPresent(reason -> {
      throw Failure.conflict(what + " cannot be added: " + reason + ".");
    });
    return thread;
  }

  /**
   * A closed record stays closed: once the thread is closed or locked, or its closing time has passed, nothing
   * recorded in it is added, withdrawn or changed (a stance, an amendment, a decision on one, a version, a
   * sponsorship, a proposal). A consultation that has not opened yet is not frozen: its draft may be prepared.
   */
  public static ThreadInfo requireNotFrozen(ThreadInfo thread, String refused) {
    frozenBecause(thread, Instant.now()).ifPresent(reason -> {
      throw Failure.conflict("record-frozen", "The record is frozen", refused + ": the record is frozen because "
          + reason + ".");
    });
    return thread;
  }

  /** Why the draft's record is frozen at {@code now}, as the forum says it of its threads; empty while it is not. */
  static Optional<String> frozenBecause(ThreadInfo thread, Instant now) {
    if (!"open".equals(thread.status())) {
      return Optional.of("the thread is " + thread.status());
    }
    return thread.closesAt().filter(closesAt -> !now.isBefore(closesAt))
        .map(closesAt -> "the draft closed at " + closesAt);
  }

  public static String versionLabel(int number) {
    return number == 0 ? "Zero draft" : "Rev." + number;
  }
}
