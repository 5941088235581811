package org.plenary.forum.posts;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import org.plenary.forum.ForumRules;
import org.plenary.forum.api.ForumEvents;
import org.plenary.forum.threads.ThreadStore;
import org.plenary.platform.events.EventType;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/**
 * Nobody speaks for a State without its consent. A joint statement names the States it is delivered on
 * behalf of; each one other than the delivering State is pending until its own delegate confirms or
 * declines. A declined State is no longer listed; a confirmed one may later take its name off. Each
 * decision is audited, tells the delivering organization ({@code post.joint-statement-*} events), and
 * stops once the thread's record is frozen.
 */
public final class JointStatements {

  private final Pool pool;
  private final PostStore posts;
  private final PostLocks locks;

  public JointStatements(Pool pool, ThreadStore threads, PostStore posts) {
    this.pool = pool;
    this.posts = posts;
    this.locks = new PostLocks(threads, posts);
  }

  public Future<Void> confirm(Participant delegate, long postId) {
    return decide(delegate, postId, "This joint statement cannot be confirmed", (post, consent) -> switch (consent) {
      case PENDING -> {
        if (!post.isActive()) {
          throw Failure.conflict("This position is " + post.status()
              + "; it stays in the record as it was and is no longer confirmed.");
        }
        yield Consent.CONFIRMED;
      }
      case CONFIRMED -> throw Failure.conflict(delegate.organization().name() + " has confirmed this statement already.");
      default -> throw notNamed(delegate);
    });
  }

  public Future<Void> decline(Participant delegate, long postId) {
    return decide(delegate, postId, "This joint statement cannot be declined", (post, consent) -> switch (consent) {
      case PENDING -> Consent.DECLINED;
      case CONFIRMED -> throw Failure.conflict(delegate.organization().name() + " has confirmed this statement;"
          + " to take its name off, DELETE /posts/" + postId + "/on-behalf-of/" + delegate.organization().id() + ".");
      default -> throw notNamed(delegate);
    });
  }

  /**
   * The State takes its name off: a confirmed State leaves the statement; one that had not confirmed yet
   * declines it. Either way it is no longer listed.
   */
  public Future<Void> leave(Participant delegate, long postId) {
    return decide(delegate, postId, "This State cannot take its name off the statement", (post, consent) -> switch (consent) {
      case PENDING -> Consent.DECLINED;
      case CONFIRMED -> Consent.LEFT;
      default -> throw notNamed(delegate);
    });
  }

  private interface Decision {
    Consent next(LockedPost post, Consent current);
  }

  private Future<Void> decide(Participant delegate, long postId, String refused, Decision decision) {
    String state = delegate.organization().id();
    try {
      ForumRules.requireStateDelegate(delegate);
    } catch (Failure notAStateDelegate) {
      return Future.failedFuture(notAStateDelegate);
    }
    return pool.withTransaction(conn -> locks.lock(conn, postId).compose(found -> {
      PostLocks.Locked locked = found.orElseThrow(() -> PostService.notFound(postId));
      LockedPost post = locked.post();
      if (state.equals(post.organizationId())) {
        throw Failure.conflict(delegate.organization().name() + " delivered this statement and stands behind it;"
            + " to take it back, withdraw it.");
      }
      FrozenRecord.refuseIfFrozen(locked.thread(), refused);
      return posts.consentForUpdate(conn, postId, state).compose(current -> {
        Consent next = decision.next(post, current.orElseThrow(() -> notNamed(delegate)));
        return posts.decideConsent(conn, postId, state, next, delegate.id())
            .compose(ok -> record(conn, delegate, post, next));
      });
    }));
  }

  /** The audit entry and the event that tells the delivering organization (and the thread's followers). */
  private static Future<Void> record(SqlConnection conn, Participant delegate, LockedPost post, Consent decided) {
    EventType action = switch (decided) {
      case CONFIRMED -> ForumEvents.JOINT_STATEMENT_CONFIRMED;
      case DECLINED -> ForumEvents.JOINT_STATEMENT_DECLINED;
      case LEFT -> ForumEvents.JOINT_STATEMENT_LEFT;
      case PENDING -> throw new IllegalArgumentException("a State does not decide to be pending");
    };
    String threadId = post.threadId().toString();
    long postId = post.id();
    return AuditLog.append(conn, delegate.id(), action.name(), "post", String.valueOf(postId), null,
            new JsonObject().put("state", delegate.organization().id()).put("threadId", threadId))
        .compose(ok -> Outbox.record(conn, action, "thread:" + threadId, new JsonObject().put("threadId", threadId)
            .put("postId", postId).put("stateId", delegate.organization().id())
            .put("stateName", delegate.organization().name()).put("organizationId", post.organizationId())));
  }

  /**
   * The author changed a joint statement's words: each State that had confirmed it confirmed other words, so
   * it is pending again and asked again ({@code post.joint-statement-requested}, {@code "again": true}), as
   * when the statement was first delivered. Those that declined or took their name off stay off it.
   */
  static Future<Void> askAgainAfterEdit(SqlConnection conn, PostStore posts, LockedPost post) {
    if (post.kind() != PostKind.POSITION) {
      return Future.succeededFuture();
    }
    String deliveredBy = post.organizationId();
    String threadId = post.threadId().toString();
    return posts.confirmedToPending(conn, post.id(), deliveredBy).compose(states -> states.isEmpty()
        ? Future.succeededFuture()
        : Outbox.record(conn, ForumEvents.JOINT_STATEMENT_REQUESTED, "thread:" + threadId, new JsonObject()
            .put("threadId", threadId).put("postId", post.id()).put("organizationId", deliveredBy)
            .put("states", new JsonArray(states)).put("again", true)));
  }

  private static Failure notNamed(Participant delegate) {
    return Failure.conflict("This statement is not delivered on behalf of " + delegate.organization().name() + ".");
  }
}
