package org.plenary.forum.api;

import io.vertx.core.Future;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The good practices posts and summaries cite ({@link PracticeCitations}), as the forum and the summaries name them.
 * The forum declares it and knows no practice; national implementation, which keeps them, implements it and the
 * server wires the two. Good practices are read by everyone, so what a citation shows of one may be written into a
 * text any reader reads.
 */
public interface CitedPractices {

  /** No practices: every citation of one is refused. */
  CitedPractices NONE = ids -> Future.succeededFuture(Map.of());

  /** Of {@code ids}, the practices that exist, each as a citation names it. */
  Future<Map<UUID, CitedPractice>> find(Set<UUID> ids);

  /** What a citation shows of a practice: its title and the State or organization that shared it. */
  record CitedPractice(UUID id, String title, String sharedBy) {
  }
}
