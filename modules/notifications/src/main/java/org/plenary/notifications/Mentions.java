package org.plenary.notifications;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds the organizations a text mentions ({@link MentionMatcher}: by name in any case or by id as
 * written, as whole words). The registry is read again every few minutes. Matching takes one pass over the
 * text, yet up to a millisecond or so for the longest posts, so it runs on a worker, never on the event
 * loop that dispatches events and fans them out to streams.
 */
final class Mentions {

  private static final String ORGANIZATIONS = "SELECT id, name FROM organization";
  private static final long REFRESH_MS = 5 * 60_000;

  private final Vertx vertx;
  private final Pool pool;
  private volatile MentionMatcher matcher;
  private volatile long loadedAt;

  Mentions(Vertx vertx, Pool pool) {
    this.vertx = vertx;
    this.pool = pool;
  }

  Future<Set<String>> in(String text) {
    MentionMatcher current = matcher;
    Future<MentionMatcher> known = current != null && System.currentTimeMillis() - loadedAt < REFRESH_MS
        ? Future.succeededFuture(current)
        : pool.query(ORGANIZATIONS).execute().compose(rows -> {
          Map<String, String> names = new LinkedHashMap<>();
          rows.forEach(row -> names.put(row.getString("id"), row.getString("name")));
          return vertx.executeBlocking(() -> new MentionMatcher(names), false);
        }).onSuccess(loaded -> {
          matcher = loaded;
          loadedAt = System.currentTimeMillis();
        });
    return known.compose(found -> vertx.executeBlocking(() -> found.in(text), false));
  }
}
