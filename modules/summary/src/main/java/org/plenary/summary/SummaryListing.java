package org.plenary.summary;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.summary.domain.Summary;
import org.plenary.summary.domain.SummaryStatus;
import org.plenary.summary.store.SummaryStore;

/**
 * {@code GET /summaries}: the summaries of one status across threads, newest first, of the threads the reader
 * may read. Published Chair's summaries are for every reader of their thread (the public too, for public
 * threads); drafts and submitted ones for moderators, the Chair and the Secretariat only.
 *
 * <p>Which threads a reader may read is the forum's to decide: each batch of summaries is checked with one
 * batch read of their threads, and batches are read until the page is full. When a reader may read few of
 * the threads, a page may end short after {@link #MAX_BATCHES} batches; its cursor then continues after the
 * last summary looked at, so paging on finds the rest.
 */
public final class SummaryListing {

  static final int MAX_BATCHES = 4;
  private static final int LARGEST_BATCH = 200;

  /** Where a page starts: after the summary created at {@code createdAt} with this id (keyset, newest first). */
  public record Key(Instant createdAt, UUID id) {
  }

  /** A page and, if there may be more, where the next one starts. */
  public record Page(List<Summary> summaries, Optional<Key> next) {
  }

  private final SummaryStore store;
  private final ForumAccess forum;

  SummaryListing(SummaryStore store, ForumAccess forum) {
    this.store = store;
    this.forum = forum;
  }

  /** The status a reader lists when they name none: the Chair's inbox for those who run the dialogue. */
  static SummaryStatus defaultStatus(boolean staff) {
    return staff ? SummaryStatus.SUBMITTED : SummaryStatus.PUBLISHED;
  }

  Future<Page> page(Optional<Participant> reader, SummaryStatus status, Key after, int limit) {
    try {
      SummaryRules.requireMayList(reader, status);
    } catch (Failure refused) {
      return Future.failedFuture(refused);
    }
    return collect(reader, status, after, limit, new ArrayList<>(), 1);
  }

  private Future<Page> collect(Optional<Participant> reader, SummaryStatus status, Key after, int limit,
                               List<Summary> kept, int batch) {
    int size = Math.max(limit + 1, Math.min(LARGEST_BATCH, (limit + 1) << (batch - 1)));
    return store.byStatus(status, after == null ? null : after.createdAt(), after == null ? null : after.id(), size)
        .compose(rows -> readableThreads(rows, reader).compose(readable -> {
          rows.stream().filter(row -> readable.contains(row.threadId())).forEach(kept::add);
          if (kept.size() > limit) {
            return Future.succeededFuture(new Page(kept.subList(0, limit), Optional.of(key(kept.get(limit - 1)))));
          }
          if (rows.size() < size) {
            return Future.succeededFuture(new Page(kept, Optional.empty()));
          }
          Key scanned = key(rows.get(rows.size() - 1));
          return batch == MAX_BATCHES ? Future.succeededFuture(new Page(kept, Optional.of(scanned)))
              : collect(reader, status, scanned, limit, kept, batch + 1);
        }));
  }

  private Future<Set<UUID>> readableThreads(List<Summary> rows, Optional<Participant> reader) {
    if (rows.isEmpty()) {
      return Future.succeededFuture(Set.of());
    }
    Set<UUID> threads = rows.stream().map(Summary::threadId).collect(Collectors.toSet());
    return forum.threadsAsSeenBy(threads, reader).map(Map::keySet);
  }

  private static Key key(Summary summary) {
    return new Key(summary.createdAt(), summary.id());
  }
}
