package org.plenary.forum.posts;

import io.vertx.core.Future;
import java.util.UUID;
import org.plenary.forum.api.PostAsSeen;
import org.plenary.forum.threads.ForumThread;
import org.plenary.forum.threads.Reader;
import org.plenary.forum.threads.ThreadAccess;
import org.plenary.forum.threads.ThreadStore;
import org.plenary.platform.failure.Failure;

/** Reads posts as a given reader may see them, with the thread's audience enforced. */
public final class PostReader {

  private final ThreadStore threads;
  private final PostStore posts;

  public PostReader(ThreadStore threads, PostStore posts) {
    this.threads = threads;
    this.posts = posts;
  }

  /**
   * The post as {@code reader} may see it; 404 when the post or its thread is not open to them, saying no
   * more than that: never the id of a thread the reader may not know of.
   */
  public Future<PostAsSeen> view(long id, Reader reader) {
    return posts.findView(id).compose(found -> {
      Post post = found.orElseThrow(() -> PostService.notFound(id));
      return readable(post.threadId(), reader)
          .recover(refused -> Future.failedFuture(Failure.isNotFound(refused)
              ? PostService.notFound(id) : refused))
          .map(thread -> PostView.seenBy(post, thread.chathamHouse(), reader));
    });
  }

  /** A post just written in {@code thread}, which its writer read in the post's transaction, as they may see it. */
  public Future<PostAsSeen> viewWritten(WrittenPost written, Reader reader) {
    return posts.findView(written.id()).map(found -> PostView.seenBy(
        found.orElseThrow(() -> PostService.notFound(written.id())), written.thread().chathamHouse(), reader));
  }

  public Future<ForumThread> readable(UUID threadId, Reader reader) {
    return threads.find(threadId).map(found -> ThreadAccess.requireReadable(found, reader));
  }
}
