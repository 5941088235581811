package org.plenary.forum.moderation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.List;
import java.util.UUID;
import org.plenary.forum.ForumRules;
import org.plenary.forum.api.ForumEvents;
import org.plenary.forum.posts.PostStore;
import org.plenary.platform.events.EventType;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.search.SearchIndex;
import org.plenary.forum.ForumSearchDocuments;

/** Flags from participants; hiding, restoring and dismissing by moderators, each in the audit log. */
public final class ModerationService {

  private final Pool pool;
  private final PostStore posts;
  private final FlagStore flags;
  private final SearchIndex search;

  public ModerationService(Pool pool, PostStore posts, SearchIndex search) {
    this.pool = pool;
    this.posts = posts;
    this.flags = new FlagStore(pool);
    this.search = search;
  }

  /** The moderators' queue: open flags ({@code open}) or resolved ones, oldest first, after flag {@code afterId}. */
  public Future<List<Flag>> queue(Participant moderator, boolean open, long afterId, int limit) {
    ForumRules.requireModerator(moderator);
    return flags.queue(open, afterId, limit);
  }

  /** The event goes to the moderators' stream only: readers of the thread are not told who flagged what. */
  public Future<Long> flag(Participant flagger, long postId, String reason) {
    return pool.withTransaction(conn -> flags.flag(conn, postId, flagger.id(), reason)
        .map(flagged -> flagged.orElseThrow(() ->
            Failure.conflict("You have already flagged this post; a moderator will look at it.")))
        .compose(id -> Outbox.record(conn, ForumEvents.POST_FLAGGED, "moderation:flags",
            new JsonObject().put("flagId", id).put("postId", postId)).map(id)));
  }

  public Future<Void> hide(Participant moderator, long postId, String reason) {
    ForumRules.requireModerator(moderator);
    return pool.withTransaction(conn -> postState(conn, postId).compose(post -> {
      if (post.hidden()) {
        throw Failure.conflict("The post is hidden already.");
      }
      return posts.hide(conn, postId, reason, moderator.id())
          .compose(ok -> search.setHidden(conn, ForumSearchDocuments.postId(postId), true))
          .compose(ok -> flags.resolveAll(conn, postId, moderator.id(), "hidden"))
          .compose(ok -> record(conn, moderator, ForumEvents.POST_HIDDEN, post.threadId(), postId, reason));
    }));
  }

  public Future<Void> restore(Participant moderator, long postId, String reason) {
    ForumRules.requireModerator(moderator);
    return pool.withTransaction(conn -> postState(conn, postId).compose(post -> {
      if (!post.hidden()) {
        throw Failure.conflict("The post is not hidden.");
      }
      return posts.restore(conn, postId)
          .compose(ok -> search.setHidden(conn, ForumSearchDocuments.postId(postId), false))
          .compose(ok -> record(conn, moderator, ForumEvents.POST_RESTORED, post.threadId(), postId, reason));
    }));
  }

  public Future<Void> dismiss(Participant moderator, long flagId, String reason) {
    ForumRules.requireModerator(moderator);
    return pool.withTransaction(conn -> flags.dismiss(conn, flagId, moderator.id())
        .compose(dismissed -> {
          long postId = dismissed.orElseThrow(() -> Failure.notFound("There is no open flag " + flagId + "."));
          return AuditLog.append(conn, moderator.id(), "flag.dismissed", "flag", String.valueOf(flagId), reason,
              new JsonObject().put("postId", postId));
        }));
  }


  private Future<FlagStore.PostState> postState(SqlConnection conn, long postId) {
    return flags.lockPost(conn, postId).map(state -> state
        .orElseThrow(() -> Failure.notFound("There is no post " + postId + ".")));
  }

  private static Future<Void> record(SqlConnection conn, Participant moderator, EventType action, UUID threadId,
                                     long postId, String reason) {
    return AuditLog.append(conn, moderator.id(), action.name(), "post", String.valueOf(postId), reason,
            new JsonObject().put("threadId", threadId.toString()))
        .compose(ok -> Outbox.record(conn, action, "thread:" + threadId,
            new JsonObject().put("threadId", threadId.toString()).put("postId", postId)));
  }
}
