package org.plenary.forum.posts;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
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
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;

/**
 * {@code GET /threads/{threadId}/posts}: pages in order; {@code cursor} continues forward, {@code before} (a
 * cursor, or "end") reads backward, {@code from} (a post id) opens the thread at that post, for links to it.
 *
 * <p>The thread's head is read first (who may read it, the position of its last event). A client whose
 * {@code If-None-Match} names the page as it stands for this reader is answered 304 without a post read; a page
 * rendered for the reader's class at that position is sent as kept ({@link PageCache}); else the page is read and
 * rendered, and kept unless it shows the reader something of their own.
 */
final class ThreadPages {

  private static final int PAGE = 50;

  private final ThreadStore threads;
  private final PostStore posts;
  private final PageCache cache;

  ThreadPages(ThreadStore threads, PostStore posts, PageCache cache) {
    this.threads = threads;
    this.posts = posts;
    this.cache = cache;
  }

  void list(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Reader reader = new Reader(Caller.of(rc));
    UUID threadId = in.uuid("threadId");
    int limit = in.limit(PAGE);
    threads.head(threadId).map(found -> ThreadAccess.requireReadableHead(found, reader))
        .compose(head -> window(threadId, in, limit).compose(window -> {
          PageCache.Key key = PageCache.Key.of(head, reader, window);
          String etag = key.etag(reader);
          if (ETags.matches(rc.request().getHeader("If-None-Match"), etag)) {
            return Future.succeededFuture(new Sent(etag, null));
          }
          Optional<PageCache.Page> kept = cache.find(key).filter(page -> !page.isOwnFor(reader));
          return kept.map(page -> Future.succeededFuture(new Sent(etag, page.body())))
              .orElseGet(() -> render(head, reader, window).map(page -> {
                if (!page.isOwnFor(reader)) {
                  cache.keep(key, page);
                }
                return new Sent(etag, page.body());
              }));
        }))
        .onSuccess(sent -> sent.send(rc)).onFailure(rc::fail);
  }

  /** A page's answer: its body, or none when the client has it (304). */
  private record Sent(String etag, byte[] body) {

    void send(RoutingContext rc) {
      // no-cache: a browser may keep the page but asks again each time (If-None-Match), so it never shows an old one
      rc.response().putHeader("ETag", etag).putHeader("Cache-Control", "private, no-cache")
          .putHeader("Vary", "Authorization");
      if (body == null) {
        rc.response().setStatusCode(304).end();
      } else {
        rc.response().putHeader("Content-Type", "application/json").end(Buffer.buffer(body));
      }
    }
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

  /** Which posts the request asks for: before a cursor (or the end), after one, from a post, or the first. */
  private Future<PageCache.Window> window(UUID threadId, RequestInput in, int limit) {
    Optional<String> before = in.query("before");
    if (before.isPresent()) {
      return Future.succeededFuture(new PageCache.Window(true, "end".equals(before.get()) ? Integer.MAX_VALUE
          : Cursor.decode(before.get(), Cursor.Key.INTEGER).integer(0), limit));
    }
    return startSeq(threadId, in).map(after -> new PageCache.Window(false, after, limit));
  }

  /** The sequence number a forward page starts after: the cursor's, just before {@code from}, or 0. */
  private Future<Integer> startSeq(UUID threadId, RequestInput in) {
    Optional<Long> from = in.wholeQuery("from");
    if (from.isEmpty()) {
      return Future.succeededFuture(in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.INTEGER).integer(0)).orElse(0));
    }
    long postId = from.get();
    return posts.seqInThread(threadId, postId).map(seq -> seq.map(s -> s - 1)
        .orElseThrow(() -> Failure.notFound("There is no post " + postId + " in thread " + threadId + ".")));
  }
}
