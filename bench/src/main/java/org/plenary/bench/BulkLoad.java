package org.plenary.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** How the dataset generator writes a million posts and their search index fast: session settings, parallel fills. */
final class BulkLoad {

  /** How many connections index the posts at once: the cores of the machine the benchmark is made for. */
  private static final int INDEXERS = 2;

  private BulkLoad() {
  }

  /**
   * The generator writes rows that hold together by construction (referenced rows are flushed first), so the
   * database need not check each of the million posts' foreign keys (six a post; the replica role skips the
   * triggers that check them, superuser only), nor wait for the disk at each batch's commit. Session settings:
   * nothing outlasts the generator's connections.
   */
  static void settings(Connection db) throws Exception {
    try (Statement statement = db.createStatement()) {
      statement.execute("SET session_replication_role = replica");
      statement.execute("SET synchronous_commit = off");
      statement.execute("SET maintenance_work_mem = '256MB'");
      statement.execute("SET work_mem = '512MB'");
    }
  }

  /**
   * COPY bypasses the forum's writes, which feed the search index; index the generated threads and posts the way
   * the search migration (V31) indexes existing ones. Filling a table through its GIN index costs several times
   * building the index once over the filled table, so the secondary indexes are dropped first and built again
   * after (the same definitions, read from the catalogue); the posts are indexed by {@link #INDEXERS} connections
   * at once, each a share of them, since computing the text-search vectors is most of the work. They are written in
   * the order they were posted, as a live dialogue writes them: the newest documents, which relevance search reads
   * first, then lie together on few pages instead of one page each (written thread after thread, the search read
   * three to five times as many pages for a common word).
   */
  static void searchIndex(String url) throws Exception {
    List<String> definitions = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(url); Statement statement = db.createStatement()) {
      settings(db);
      try (var rows = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
          + " AND tablename = 'search_document' AND indexdef NOT LIKE 'CREATE UNIQUE%'")) {
        while (rows.next()) {
          definitions.add(rows.getString("indexdef"));
          try (Statement drop = db.createStatement()) {
            drop.execute("DROP INDEX " + rows.getString("indexname"));
          }
        }
      }
      statement.execute("""
          INSERT INTO search_document (id, kind, scope, topic_id, title, body, language, audience, chatham_house, hidden,
            author_id, organization_id, constituency, regional_group, created_at, href, document)
          SELECT 'thread:' || t.id, 'thread', 'thread:' || t.id, t.topic_id, t.title, t.body_markdown, t.language,
            t.audience, t.chatham_house, false, t.author_id, t.organization_id, o.kind, o.regional_group, t.created_at,
            '/api/v1/threads/' || t.id, search_vector(t.language, t.title, t.body_markdown)
          FROM thread t JOIN organization o ON o.id = t.organization_id
          ON CONFLICT (id) DO NOTHING""");
    }
    inParallel(url, INDEXERS, share -> """
        INSERT INTO search_document (id, kind, scope, topic_id, title, body, language, audience, chatham_house, hidden,
          author_id, organization_id, constituency, regional_group, created_at, href, document)
        SELECT 'post:' || p.id, CASE WHEN p.kind = 'position' THEN 'position' ELSE 'post' END, 'thread:' || t.id,
          t.topic_id, NULL, p.body_markdown, p.language, t.audience, t.chatham_house, p.hidden, p.author_id,
          p.organization_id, o.kind, o.regional_group, p.created_at, '/api/v1/posts/' || p.id,
          search_vector(p.language, NULL, p.body_markdown)
        FROM post p JOIN thread t ON t.id = p.thread_id JOIN organization o ON o.id = p.organization_id
        WHERE p.id %% %d = %d
        ORDER BY p.created_at
        ON CONFLICT (id) DO NOTHING""".formatted(INDEXERS, share));
    inParallel(url, definitions.size(), definitions::get);
  }

  /** Runs {@code count} statements at once, each on a connection of its own; fails if any fails. */
  private static void inParallel(String url, int count, IntFunction<String> statementOf) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, count));
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String sql = statementOf.apply(i);
        running.add(pool.submit(() -> {
          try (Connection db = DriverManager.getConnection(url); Statement statement = db.createStatement()) {
            settings(db);
            statement.execute(sql);
          }
          return null;
        }));
      }
      for (var each : running) {
        each.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
