package org.plenary.forum.posts;

import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.forum.threads.Reader;
import org.plenary.forum.threads.ThreadAccess;
import org.plenary.forum.threads.ThreadHead;
import org.plenary.forum.threads.ThreadStore;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/**
 * The pages of a thread's posts ({@code GET /threads/{threadId}/posts}, whose HTTP side is {@link PostsApi}).
 *
 * <p>The thread's head is read first (who may read it, the position of its last event). A client whose
 * {@code If-None-Match} names the page as it stands for this reader is answered 304 without a post read; a page
 * rendered for the reader's class at that position is sent as kept ({@link PageCache}); else the page is read and
 * rendered, and kept unless it shows the reader something of their own.
 */
final class ThreadPages {

  private final ThreadStore threads;
  private final PostStore posts;
  private final PageCache cache;

  ThreadPages(ThreadStore threads, PostStore posts, PageCache cache) {
    this.threads = threads;
    this.posts = posts;
    this.cache = cache;
  }

  /**
   * What a request asks for: the page before a sequence number, after one, from a post, or the first ({@code limit}
   * posts).
   */
  record Asked(Optional<Integer> beforeSeq, Optional<Integer> afterSeq, Optional<Long> fromPost, int limit) {
  }

  /** A page's answer: its ETag, and its JSON unless the client has it already (then 304). */
  record Answer(String etag, Optional<byte[]> body) {
  }

  Future<Answer> read(UUID threadId, Reader reader, Asked asked, String ifNoneMatch) {
    return threads.head(threadId).map(found -> ThreadAccess.requireReadableHead(found, reader))
        .compose(head -> window(threadId, asked).compose(window -> {
          PageCache.Key key = PageCache.Key.of(head, reader, window);
          String etag = key.etag(reader);
          if (ETags.matches(ifNoneMatch, etag)) {
            return Future.succeededFuture(new Answer(etag, Optional.empty()));
          }
          Optional<PageCache.Page> kept = cache.find(key).filter(page -> !page.isOwnFor(reader));
          return kept.map(page -> Future.succeededFuture(new Answer(etag, Optional.of(page.body()))))
              .orElseGet(() -> render(head, reader, window).map(page -> {
                if (!page.isOwnFor(reader)) {
                  cache.keep(key, page);
                }
                return new Answer(etag, Optional.of(page.body()));
              }));
        }));
  }

  /** The posts of the window read and rendered for {@code reader}, with who would read them differently. */
  private Future<PageCache.Page> render(ThreadHead head, Reader reader, PageCache.Window window) {
    Optional<UUID> author = reader.participant().map(Participant::id);
    int limit = window.limit();
    Future<List<Post>> page = window.backward()
        ? posts.pageBefore(head.id(), window.seq(), limit + 1, author)
            .map(rows -> rows.size() > limit ? rows.subList(1, rows.size()) : rows)
        : posts.pageAfter(head.id(), window.seq(), limit + 1, author)
            .map(rows -> rows.size() > limit ? rows.subList(0, limit) : rows);
    return page.map(rows -> {
      Set<UUID> authors = new HashSet<>();
      Set<String> named = new HashSet<>();
      rows.forEach(post -> {
        authors.add(post.author().id());
        if (head.chathamHouse()) {
          post.onBehalfOf().forEach(state -> named.add(state.id()));
        }
      });
      byte[] body = PostsJson.page(rows, head.chathamHouse(), head.postCount(), reader).encode()
          .getBytes(StandardCharsets.UTF_8);
      return new PageCache.Page(body, authors, named);
    });
  }

  /** Which posts the request asks for: before a sequence number (or the end), after one, from a post, or the first. */
  private Future<PageCache.Window> window(UUID threadId, Asked asked) {
    if (asked.beforeSeq().isPresent()) {
      return Future.succeededFuture(new PageCache.Window(true, asked.beforeSeq().get(), asked.limit()));
    }
    if (asked.fromPost().isEmpty()) {
      return Future.succeededFuture(new PageCache.Window(false, asked.afterSeq().orElse(0), asked.limit()));
    }
    long postId = asked.fromPost().get();
    return posts.seqInThread(threadId, postId).map(seq -> new PageCache.Window(false, seq.map(s -> s - 1)
        .orElseThrow(() -> Failure.notFound("There is no post " + postId + " in thread " + threadId + ".")),
        asked.limit()));
  }
}
