package org.plenary.forum.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.forum.threads.Audience;
import org.plenary.forum.threads.Reader;
import org.plenary.forum.threads.ThreadHead;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;
import org.plenary.platform.organizations.Organization;
import org.plenary.platform.organizations.OrganizationKind;

/**
 * What finds a kept page, without the timing of events: the two-instance tests pass with events that arrive at once,
 * these hold whatever the delay (a page kept at one position is never found at the next, nor for other rights).
 */
@DisplayName("A kept page is found only by the head, rights and window it was rendered for")
class PageCacheTest {

  private static final UUID THREAD = UUID.randomUUID();
  private static final PageCache.Window FIRST = new PageCache.Window(false, 0, 50);

  private static Reader delegate(Role role) {
    Organization france = new Organization("FRA", OrganizationKind.STATE, "France", Optional.empty(), false,
        Optional.empty());
    return Reader.of(new Participant(UUID.randomUUID(), "s", "u", "A delegate", france, Set.of(role)));
  }

  private static PageCache.Page page(String json, UUID... authors) {
    return new PageCache.Page(json.getBytes(StandardCharsets.UTF_8), Set.of(authors), Set.of());
  }

  @Test
  @DisplayName("A write moves the thread's position: the page kept before it is not found, its ETag not matched")
  void anotherPositionIsAnotherPage() {
    PageCache cache = new PageCache(1 << 20);
    ThreadHead before = new ThreadHead(THREAD, Audience.PUBLIC, false, 10, 41);
    ThreadHead after = new ThreadHead(THREAD, Audience.PUBLIC, false, 10, 42);
    Reader anonymous = Reader.anonymous();
    cache.keep(PageCache.Key.of(before, anonymous, FIRST), page("{\"items\":[]}"));
    assertTrue(cache.find(PageCache.Key.of(before, anonymous, FIRST)).isPresent());
    assertFalse(cache.find(PageCache.Key.of(after, anonymous, FIRST)).isPresent());
    assertNotEquals(PageCache.Key.of(before, anonymous, FIRST).etag(anonymous),
        PageCache.Key.of(after, anonymous, FIRST).etag(anonymous));
    ThreadHead underTheRule = new ThreadHead(THREAD, Audience.PUBLIC, true, 10, 41);
    assertFalse(cache.find(PageCache.Key.of(underTheRule, anonymous, FIRST)).isPresent());
  }

  @Test
  @DisplayName("Kept for the public, not found for a moderator; another window is another page")
  void anotherClassOrWindowIsAnotherPage() {
    PageCache cache = new PageCache(1 << 20);
    ThreadHead head = new ThreadHead(THREAD, Audience.PUBLIC, false, 10, 7);
    cache.keep(PageCache.Key.of(head, Reader.anonymous(), FIRST), page("{\"items\":[]}"));
    assertFalse(cache.find(PageCache.Key.of(head, delegate(Role.MODERATOR), FIRST)).isPresent());
    assertTrue(cache.find(PageCache.Key.of(head, delegate(Role.DELEGATE), FIRST)).isEmpty(), "States are a class");
    assertFalse(cache.find(PageCache.Key.of(head, Reader.anonymous(), new PageCache.Window(true, 11, 50))).isPresent());
  }

  @Test
  @DisplayName("A page with a reader's own post is theirs; the events of a thread drop its pages; the budget holds")
  void ownPagesForgettingAndBudget() {
    Reader france = delegate(Role.DELEGATE);
    UUID franceId = france.participant().orElseThrow().id();
    assertTrue(page("{}", franceId).isOwnFor(france));
    assertFalse(page("{}", UUID.randomUUID()).isOwnFor(france));
    assertFalse(page("{}", franceId).isOwnFor(Reader.anonymous()));

    PageCache cache = new PageCache(1 << 20);
    ThreadHead head = new ThreadHead(THREAD, Audience.PUBLIC, false, 10, 7);
    cache.keep(PageCache.Key.of(head, Reader.anonymous(), FIRST), page("{\"items\":[]}"));
    cache.forget(THREAD);
    assertFalse(cache.find(PageCache.Key.of(head, Reader.anonymous(), FIRST)).isPresent());

    PageCache small = new PageCache(100_000);
    String json = "x".repeat(10_000);
    for (int seq = 0; seq < 100; seq++) {
      small.keep(PageCache.Key.of(head, Reader.anonymous(), new PageCache.Window(false, seq, 50)), page(json));
    }
    small.cleanUp();
    assertTrue(small.weight() <= 100_000, "weighs " + small.weight());
    assertEquals(small.size() * (json.length() + PageCache.ENTRY_OVERHEAD), small.weight());
  }
}
