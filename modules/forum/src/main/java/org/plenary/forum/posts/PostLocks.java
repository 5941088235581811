package org.plenary.forum.posts;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.Optional;
import org.plenary.forum.threads.ForumThread;
import org.plenary.forum.threads.ThreadStore;

/**
 * Locks a post for a change together with its thread, always the thread first (share) and the post second,
 * the order in which writing a post takes them (thread, then the post it answers): so an edit and a reply
 * never wait for each other in a circle, and a lock or close of the thread waits for the change to end.
 */
final class PostLocks {

  /** The post's thread as it stands, and the post, locked until the transaction ends. */
  record Locked(ForumThread thread, LockedPost post) {
  }

  private final ThreadStore threads;
  private final PostStore posts;

  PostLocks(ThreadStore threads, PostStore posts) {
    this.threads = threads;
    this.posts = posts;
  }

  /** Empty when there is no such post. */
  Future<Optional<Locked>> lock(SqlConnection conn, long postId) {
    return posts.basics(conn, postId).compose(basics -> basics.isEmpty() ? Future.succeededFuture(Optional.empty())
        : threads.findForKeyShare(conn, basics.get().threadId()).compose(thread -> posts.lockForWrite(conn, postId)
            .map(post -> post.map(locked -> new Locked(thread.orElseThrow(), locked)))));
  }
}
