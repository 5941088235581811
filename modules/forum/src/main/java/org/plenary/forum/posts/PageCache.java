package org.plenary.forum.posts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.forum.threads.ReaderClass;
import org.plenary.forum.threads.Reader;
import org.plenary.forum.threads.ThreadHead;

/**
 * Pages of threads' posts as sent, rendered once per reader class and kept in memory, at most {@code maxBytes}
 * of them (their JSON's bytes and a measured overhead per entry; the least used go first).
 *
 * <p>A page is found by everything it was rendered from: the thread's {@link ThreadHead} as read for this request
 * (the position of its last event, its Chatham House Rule, its post count), the reader class and the window. A
 * write that changes the page records an event on the thread's stream, which moves the position, so a page kept
 * from before is never found again: a reader reads the database's state as of their request, on any instance,
 * their own acknowledged writes included. {@link #forget} drops a thread's pages when its events arrive (every
 * instance publishes every event), so the memory holds current pages; the expiry bounds how long a name read with
 * a page (an author's, from their sign-in) may lag behind.
 *
 * <p>What is a reader's own is never kept: a page showing one of its posts to its author (with the Markdown, and
 * their name under the Chatham House Rule) or naming their State in a statement under the Rule is rendered for
 * them and not cached, and a kept page is not served to a reader it would have been rendered differently for.
 */
public final class PageCache {

  /** The bytes of a cache entry beyond its JSON: key, entry, Caffeine's node, the authors' and names' sets. */
  static final int ENTRY_OVERHEAD = 400;
  static final int PER_NAME = 80;
  private static final Duration EXPIRY = Duration.ofMinutes(10);

  /** Which posts of the thread a page holds: after (or, {@code backward}, before) {@code seq}, {@code limit} of them. */
  public record Window(boolean backward, int seq, int limit) {
  }

  record Key(UUID threadId, long position, boolean chathamHouse, int postCount, ReaderClass readers, Window window) {

    static Key of(ThreadHead head, Reader reader, Window window) {
      return new Key(head.id(), head.position(), head.chathamHouse(), head.postCount(), ReaderClass.of(reader), window);
    }

    /**
     * The page's ETag for {@code reader}: its key, and for a participant who they are (their own posts and their
     * State's name make their page theirs). Weak: the server compresses responses.
     */
    String etag(Reader reader) {
      StringBuilder tag = new StringBuilder("W/\"").append(position).append('.').append(postCount)
          .append('.').append(chathamHouse ? 'c' : 'o').append('.').append(readers.ordinal())
          .append('.').append(window.backward() ? 'b' : 'a').append(window.seq()).append('.').append(window.limit());
      reader.participant().ifPresent(p -> tag.append('.').append(p.id()).append('.').append(p.organization().id()));
      return tag.append('"').toString();
    }
  }

  /**
   * A rendered page, with the authors of its posts and, under the Chatham House Rule, the States its statements
   * name: the readers whose page would differ from the class's.
   */
  record Page(byte[] body, Set<UUID> authors, Set<String> namedStates) {

    Page {
      authors = Set.copyOf(authors);
      namedStates = Set.copyOf(namedStates);
    }

    /** Whether {@code reader}'s page would show something of their own: then it is theirs, not the class's. */
    boolean isOwnFor(Reader reader) {
      return reader.participant().map(p -> authors.contains(p.id()) || namedStates.contains(p.organization().id()))
          .orElse(false);
    }

    int weight() {
      return body.length + ENTRY_OVERHEAD + PER_NAME * (authors.size() + namedStates.size());
    }
  }

  private final Cache<Key, Page> pages;

  public PageCache(long maxBytes) {
    this.pages = Caffeine.newBuilder().maximumWeight(maxBytes).weigher((Key key, Page page) -> page.weight())
        .expireAfterWrite(EXPIRY).build();
  }

  Optional<Page> find(Key key) {
    return Optional.ofNullable(pages.getIfPresent(key));
  }

  void keep(Key key, Page page) {
    pages.put(key, page);
  }

  /** Drops every kept page of the thread (an event of it arrived: they are of an older position). */
  public void forget(UUID threadId) {
    pages.asMap().keySet().removeIf(key -> key.threadId().equals(threadId));
  }

  /** How many bytes the kept pages weigh, by the weigher's measure. */
  public long weight() {
    return pages.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
  }

  public long size() {
    return pages.estimatedSize();
  }

  /** Does the eviction due now (Caffeine evicts in the background of writes), for tests that measure the budget. */
  void cleanUp() {
    pages.cleanUp();
  }
}
