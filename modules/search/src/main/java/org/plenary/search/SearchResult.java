package org.plenary.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One result as its reader may see it: its author and the organization it speaks for only where the thread API
 * would show who wrote it; {@code tags}, what it is about (the norms of a report or a good practice).
 */
record SearchResult(String id, String kind, String href, String language, String snippet, Instant createdAt,
                    Optional<String> title, Optional<String> topicId, Optional<String> constituency,
                    Optional<Scope> in, boolean hidden, Optional<Author> author, Optional<SpeaksFor> speaksFor,
                    List<String> tags) {

  /** A page of results, and the cursor of the next page if there is one. */
  record Page(List<SearchResult> items, Optional<String> next) {
  }

  /** What a result is part of: a post's thread, for instance. */
  record Scope(String id, String title, String href) {
  }

  /** Who wrote it. A national report or a good practice names none: it speaks for its organization. */
  record Author(UUID id, String name, String username) {
  }

  /** The organization it speaks for, with its kind and regional group. */
  record SpeaksFor(String id, String name, String constituency, String regionalGroup) {
  }
}
