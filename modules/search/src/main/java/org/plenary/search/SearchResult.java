package org.plenary.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One result as its reader may see it: its author only where the thread API would show who wrote it. */
record SearchResult(String id, String kind, String href, String language, String snippet, Instant createdAt,
                    Optional<String> title, Optional<String> topicId, Optional<String> constituency,
                    Optional<Scope> in, boolean hidden, Optional<Author> author) {

  /** A page of results, and the cursor of the next page if there is one. */
  record Page(List<SearchResult> items, Optional<String> next) {
  }

  /** What a result is part of: a post's thread, for instance. */
  record Scope(String id, String title, String href) {
  }

  /** Who wrote it and for whom they speak (the organization's kind and regional group with it). */
  record Author(UUID id, String name, String username, String organizationId, String organizationName,
                String constituency, String regionalGroup) {
  }
}
