package org.plenary.forum.moderation;

import static org.plenary.platform.database.Columns.instant;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Flags in PostgreSQL, and the state of a post as moderation changes it. */
final class FlagStore {

  private static final String QUEUE = """
      SELECT f.id, f.reason, f.created_at, f.resolution, f.resolved_at, fp.display_name AS flagger_name,
             fp.organization_id AS flagger_organization, p.id AS post_id, p.thread_id, t.title AS thread_title,
             left(p.body_markdown, 280) AS excerpt, p.hidden
      FROM flag f JOIN participant fp ON fp.id = f.flagger_id JOIN post p ON p.id = f.post_id
      JOIN thread t ON t.id = p.thread_id
      WHERE (f.resolved_at IS NULL) = $1 AND f.id > $2
      ORDER BY f.id LIMIT $3""";
  private static final String POST_STATE = "SELECT thread_id, hidden FROM post WHERE id = $1 FOR UPDATE";
  private static final String FLAG = "INSERT INTO flag (post_id, flagger_id, reason) VALUES ($1, $2, $3)"
      + " ON CONFLICT DO NOTHING RETURNING id";
  private static final String RESOLVE_FLAGS = "UPDATE flag SET resolved_at = now(), resolved_by = $2, resolution = $3"
      + " WHERE post_id = $1 AND resolved_at IS NULL";
  private static final String DISMISS = "UPDATE flag SET resolved_at = now(), resolved_by = $2, resolution = 'dismissed'"
      + " WHERE id = $1 AND resolved_at IS NULL RETURNING post_id";

  /** Whether a post is hidden, and in which thread; its row locked until the transaction ends. */
  record PostState(UUID threadId, boolean hidden) {
  }

  private final Pool pool;

  FlagStore(Pool pool) {
    this.pool = pool;
  }

  /** Open flags ({@code open}) or resolved ones, oldest first, after flag {@code afterId}. */
  Future<List<Flag>> queue(boolean open, long afterId, int limit) {
    return pool.preparedQuery(QUEUE).execute(Tuple.of(open, afterId, limit)).map(rows -> {
      List<Flag> flags = new ArrayList<>(rows.size());
      rows.forEach(row -> flags.add(flag(row)));
      return flags;
    });
  }

  Future<Optional<PostState>> lockPost(SqlClient client, long postId) {
    return client.preparedQuery(POST_STATE).execute(Tuple.of(postId)).map(rows -> rows.size() == 0 ? Optional.empty()
        : Optional.of(rows.iterator().next()).map(row -> new PostState(row.getUUID("thread_id"), row.getBoolean("hidden"))));
  }

  /** The new flag's id; empty when the flagger has an open flag on the post already. */
  Future<Optional<Long>> flag(SqlClient client, long postId, UUID flaggerId, String reason) {
    return client.preparedQuery(FLAG).execute(Tuple.of(postId, flaggerId, reason))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong("id")));
  }

  /** Resolves every open flag on the post the same way ({@code hidden}). */
  Future<Void> resolveAll(SqlClient client, long postId, UUID moderatorId, String resolution) {
    return client.preparedQuery(RESOLVE_FLAGS).execute(Tuple.of(postId, moderatorId, resolution)).mapEmpty();
  }

  /** The flagged post's id; empty when there is no such open flag. */
  Future<Optional<Long>> dismiss(SqlClient client, long flagId, UUID moderatorId) {
    return client.preparedQuery(DISMISS).execute(Tuple.of(flagId, moderatorId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong("post_id")));
  }

  private static Flag flag(Row row) {
    Optional<Flag.Resolution> resolution = Optional.ofNullable(row.getString("resolution"))
        .map(how -> new Flag.Resolution(how, instant(row, "resolved_at")));
    return new Flag(row.getLong("id"), row.getString("reason"), instant(row, "created_at"),
        row.getString("flagger_name"), row.getString("flagger_organization"), row.getLong("post_id"),
        row.getUUID("thread_id"), row.getString("thread_title"), row.getString("excerpt"), row.getBoolean("hidden"),
        resolution);
  }
}
