package org.plenary.forum.posts;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.api.ForumAccess;
import org.plenary.forum.api.PostAsSeen;
import org.plenary.forum.api.ThreadPositions;
import org.plenary.forum.threads.Audience;
import org.plenary.forum.threads.ForumThread;
import org.plenary.forum.threads.Reader;
import org.plenary.forum.threads.ThreadStore;
import org.plenary.forum.threads.ThreadView;
import org.plenary.platform.database.Columns;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.ActivityPage;
import org.plenary.platform.organizations.ActivityQuery;

/**
 * The positions of one organization across the threads, for its profile: three reads a page (its threads, its
 * positions in them, the threads themselves), whatever the number of threads. The reader's rights are the
 * forum's own ({@link Reader}): the queries take the audiences the reader reads and the terms of
 * {@link Reader#seesIdentity}, and each post is then shown through {@link PostView} as everywhere else.
 */
final class OrganizationPositions {

  private final Pool pool;
  private final ThreadStore threads;

  OrganizationPositions(Pool pool, ThreadStore threads) {
    this.pool = pool;
    this.threads = threads;
  }

  Future<ActivityPage<ThreadPositions>> of(ActivityQuery query, Reader reader) {
    String[] audiences = reader.visibleAudiences().stream().map(Audience::wire).toArray(String[]::new);
    boolean behindTheRule = reader.seesBehindChathamHouse();
    UUID readerId = reader.participant().map(Participant::id).orElse(null);
    Tuple page = Tuple.tuple().addString(query.organizationId()).addArrayOfString(audiences).addBoolean(behindTheRule)
        .addUUID(readerId).addString(query.topic().orElse(null)).addString(query.norm().orElse(null))
        .addOffsetDateTime(utc(query.since())).addOffsetDateTime(utc(query.until()))
        .addOffsetDateTime(utc(query.after().map(ActivityQuery.After::at)))
        .addString(query.after().map(ActivityQuery.After::key).orElse(null)).addInteger(query.limit() + 1);
    return pool.preparedQuery(PostQueries.THREADS_SPOKEN_IN).execute(page).compose(rows -> {
      Map<UUID, Instant> latest = new LinkedHashMap<>();
      for (Row row : rows) {
        if (latest.size() < query.limit()) {
          latest.put(row.getUUID("thread_id"), Columns.instant(row, "latest_at"));
        }
      }
      if (latest.isEmpty()) {
        return Future.succeededFuture(ActivityPage.<ThreadPositions>empty());
      }
      Optional<ActivityQuery.After> next = rows.size() > query.limit() ? Optional.of(lastKey(latest)) : Optional.empty();
      Tuple positions = Tuple.tuple().addString(query.organizationId()).addArrayOfString(audiences)
          .addBoolean(behindTheRule).addUUID(readerId).addArrayOfUUID(latest.keySet().toArray(UUID[]::new))
          .addInteger(ForumAccess.POSITIONS_PER_THREAD);
      return pool.preparedQuery(PostQueries.POSITIONS_IN_THREADS).execute(positions)
          .compose(found -> threads.findAll(latest.keySet()).map(byId -> {
            Map<UUID, List<PostAsSeen>> byThread = new LinkedHashMap<>();
            found.forEach(row -> {
              Post post = Rows.post(row);
              ForumThread thread = byId.get(post.threadId());
              Optional<PostAsSeen> seen = Optional.ofNullable(thread)
                  .map(t -> PostView.seenBy(post, t.chathamHouse(), reader))
                  .filter(shown -> shown.speaker().isPresent());
              if (seen.isPresent()) {
                byThread.computeIfAbsent(post.threadId(), id -> new ArrayList<>()).add(seen.get());
              }
            });
            List<ThreadPositions> items = new ArrayList<>();
            latest.forEach((id, at) -> {
              if (byThread.containsKey(id) && byId.containsKey(id)) {
                items.add(new ThreadPositions(ThreadView.seenBy(byId.get(id), reader), byThread.get(id), at));
              }
            });
            return new ActivityPage<>(items, next);
          }));
    });
  }

  private static ActivityQuery.After lastKey(Map<UUID, Instant> latest) {
    Map.Entry<UUID, Instant> last = null;
    for (Map.Entry<UUID, Instant> entry : latest.entrySet()) {
      last = entry;
    }
    return new ActivityQuery.After(last.getValue(), last.getKey().toString());
  }

  private static OffsetDateTime utc(Optional<Instant> at) {
    return at.map(instant -> instant.atOffset(ZoneOffset.UTC)).orElse(null);
  }
}
