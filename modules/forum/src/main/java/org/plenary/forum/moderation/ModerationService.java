package org.plenary.forum.moderation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.UUID;
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

  private static final String POST_STATE = "SELECT thread_id, hidden FROM post WHERE id = $1 FOR UPDATE";
  private static final String FLAG = "INSERT INTO flag (post_id, flagger_id, reason) VALUES ($1, $2, $3)"
      + " ON CONFLICT DO NOTHING RETURNING id";
  private static final String RESOLVE_FLAGS = "UPDATE flag SET resolved_at = now(), resolved_by = $2, resolution = $3"
      + " WHERE post_id = $1 AND resolved_at IS NULL";
  private static final String DISMISS = "UPDATE flag SET resolved_at = now(), resolved_by = $2, resolution = 'dismissed'"
      + " WHERE id = $1 AND resolved_at IS NULL RETURNING post_id";

  private final Pool pool;
  private final PostStore posts;
  private final SearchIndex search;

  public ModerationService(Pool pool, PostStore posts, SearchIndex search) {
    this.pool = pool;
    this.posts = posts;
    this.search = search;
  }

  /** The event goes to the moderators' stream only: readers of the thread are not told who flagged what. */
  public Future<Long> flag(Participant flagger, long postId, String reason) {
    return pool.withTransaction(conn -> conn.preparedQuery(FLAG).execute(Tuple.of(postId, flagger.id(), reason))
        .map(rows -> {
          if (rows.size() == 0) {
            throw Failure.conflict("You have already flagged this post; a moderator will look at it.");
          }
          return rows.iterator().next().getLong("id");
        })
        .compose(id -> Outbox.record(conn, ForumEvents.POST_FLAGGED, "moderation:flags",
            new JsonObject().put("flagId", id).put("postId", postId)).map(id)));
  }

  public Future<Void> hide(Participant moderator, long postId, String reason) {
    requireModerator(moderator);
    return pool.withTransaction(conn -> postState(conn, postId).compose(post -> {
      if (post.getBoolean("hidden")) {
        throw Failure.conflict("The post is hidden already.");
      }
      return posts.hide(conn, postId, reason, moderator.id())
          .compose(ok -> search.setHidden(conn, ForumSearchDocuments.postId(postId), true))
          .compose(ok -> conn.preparedQuery(RESOLVE_FLAGS).execute(Tuple.of(postId, moderator.id(), "hidden")))
          .compose(ok -> record(conn, moderator, ForumEvents.POST_HIDDEN, post.getUUID("thread_id"), postId, reason));
    }));
  }

  public Future<Void> restore(Participant moderator, long postId, String reason) {
    requireModerator(moderator);
    return pool.withTransaction(conn -> postState(conn, postId).compose(post -> {
      if (!post.getBoolean("hidden")) {
        throw Failure.conflict("The post is not hidden.");
      }
      return posts.restore(conn, postId)
          .compose(ok -> search.setHidden(conn, ForumSearchDocuments.postId(postId), false))
          .compose(ok -> record(conn, moderator, ForumEvents.POST_RESTORED, post.getUUID("thread_id"), postId, reason));
    }));
  }

  public Future<Void> dismiss(Participant moderator, long flagId, String reason) {
    requireModerator(moderator);
    return pool.withTransaction(conn -> conn.preparedQuery(DISMISS).execute(Tuple.of(flagId, moderator.id()))
        .compose(rows -> {
          if (rows.size() == 0) {
            throw Failure.notFound("There is no open flag " + flagId + ".");
          }
          return AuditLog.append(conn, moderator.id(), "flag.dismissed", "flag", String.valueOf(flagId), reason,
              new JsonObject().put("postId", rows.iterator().next().getLong("post_id")));
        }));
  }

  static void requireModerator(Participant participant) {
    if (!participant.isModeratorOrSecretariat()) {
      throw Failure.forbidden("Only moderators and the Secretariat moderate.");
    }
  }

  private static Future<Row> postState(SqlConnection conn, long postId) {
    return conn.preparedQuery(POST_STATE).execute(Tuple.of(postId)).map(rows -> Optional.ofNullable(
            rows.size() == 0 ? null : rows.iterator().next())
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
