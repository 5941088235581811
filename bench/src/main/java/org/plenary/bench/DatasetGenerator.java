package org.plenary.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Fills a database, already migrated by the server, with a realistic dialogue: every State and
 * intergovernmental organization plus ~300 stakeholders, threads of every kind in the seven topics,
 * posts in the six UN languages with realistic lengths, and some 5,000-post threads. Deterministic from
 * its seed. Writes a manifest of what the load scenarios need.
 *
 * <p>Usage: {@code DatasetGenerator <jdbc-url> <small|large> <seed> <manifest.json>}
 */
public final class DatasetGenerator {

  record Scale(int posts, int bigThreads, int averageThreadSize) {
    static Scale of(String name) {
      return switch (name) {
        case "small" -> new Scale(10_000, 1, 50);
        case "large" -> new Scale(1_000_000, 20, 100);
        default -> throw new IllegalArgumentException("scale is small or large, not " + name);
      };
    }
  }

  static final int BIG_THREAD = 5_000;
  private static final int STAKEHOLDERS = 300;
  private static final String[] TOPICS = {"horizon-scanning", "norms", "international-law", "confidence-building",
      "capacity-building", "needs-resources", "institutional-dialogue"};
  private static final String[] STAKEHOLDER_KINDS = {"private-sector", "academia", "civil-society"};

  private record Author(UUID participant, String organization, boolean governmental) {
  }

  public static void main(String[] args) throws Exception {
    Scale scale = Scale.of(args[1]);
    Random random = new Random(Long.parseLong(args[2]));
    Instant started = Instant.now();
    try (Connection db = DriverManager.getConnection(args[0])) {
      BulkLoad.settings(db);
      List<Author> authors = authors(db, random);
      JsonObject manifest = threadsAndPosts(db, random, scale, authors);
      manifest.put("session", SessionDataset.write(db, random));
      phase("threads, posts and the session", started);
      Instant indexing = Instant.now();
      BulkLoad.searchIndex(args[0]);
      phase("search index", indexing);
      Instant analysing = Instant.now();
      // VACUUM as well: a table just written by COPY has no visibility map, so every index-only scan (a thread list's
      // speakers, for one) would read the heap too; a live database's autovacuum sets it, and autovacuum may be off
      // on the benchmark's PostgreSQL (it is on this machine's), so the benchmark does it once.
      try (Statement statement = db.createStatement()) {
        statement.execute("VACUUM (ANALYZE)");
      }
      phase("VACUUM (ANALYZE)", analysing);
      manifest.put("scale", args[1]).put("seed", Long.parseLong(args[2]))
          .put("seconds", ChronoUnit.MILLIS.between(started, Instant.now()) / 1000.0);
      Files.writeString(Path.of(args[3]), manifest.encodePrettily());
      System.out.println("Generated " + manifest.getInteger("posts") + " posts in " + manifest.getJsonArray("threads").size()
          + " listed threads in " + manifest.getDouble("seconds") + " s");
    }
  }

  private static void phase(String what, Instant since) {
    System.out.println("  " + what + ": " + ChronoUnit.MILLIS.between(since, Instant.now()) / 1000.0 + " s");
  }

  /** A delegate for every State and intergovernmental organization, and a participant per new stakeholder. */
  private static List<Author> authors(Connection db, Random random) throws Exception {
    try (Copy organizations = new Copy(db, "organization", "id, kind, name, accreditation")) {
      for (int i = 1; i <= STAKEHOLDERS; i++) {
        organizations.row("bench-org-" + i, STAKEHOLDER_KINDS[random.nextInt(3)], "Benchmark Organization " + i, "accredited");
      }
    }
    List<Author> authors = new ArrayList<>();
    try (Statement statement = db.createStatement();
         var rows = statement.executeQuery("SELECT id, kind FROM organization WHERE kind <> 'un-body' ORDER BY id");
         Copy participants = new Copy(db, "participant", "id, issuer, subject, username, display_name, organization_id, roles")) {
      while (rows.next()) {
        String organization = rows.getString("id");
        UUID id = new UUID(random.nextLong(), random.nextLong());
        participants.row(id, "bench", "bench:" + organization, "bench-" + organization.toLowerCase(),
            "Delegate of " + organization, organization, "{delegate}");
        authors.add(new Author(id, organization, rows.getString("kind").equals("state")
            || rows.getString("kind").equals("intergovernmental")));
      }
    }
    return authors;
  }

  private static JsonObject threadsAndPosts(Connection db, Random random, Scale scale, List<Author> authors) throws Exception {
    List<Author> governments = authors.stream().filter(Author::governmental).toList();
    List<Author> stakeholders = authors.stream().filter(a -> !a.governmental()).toList();
    JsonArray listed = new JsonArray();
    JsonArray big = new JsonArray();
    Instant origin = Instant.now().minus(90, ChronoUnit.DAYS);
    try (Statement statement = db.createStatement()) {
      statement.execute("ALTER TABLE post ALTER COLUMN id SET GENERATED BY DEFAULT");
    }
    long postId;
    try (Statement statement = db.createStatement(); var max = statement.executeQuery("SELECT coalesce(max(id), 0) FROM post")) {
      max.next();
      postId = max.getLong(1);
    }
    int written = 0;
    int threadNumber = 0;
    try (Copy threads = new Copy(db, "thread", "id, topic_id, kind, audience, status, title, body_markdown, body_html,"
        + " language, chatham_house, author_id, organization_id, post_count, created_at, updated_at, last_activity_at");
         Copy posts = new Copy(db, "post", "id, thread_id, seq, parent_id, kind, author_id, organization_id, language,"
             + " body_markdown, body_html, created_at", threads)) {
      while (written < scale.posts()) {
        boolean isBig = threadNumber < scale.bigThreads();
        int size = isBig ? BIG_THREAD : Math.min(scale.posts() - written,
            1 + random.nextInt(2 * scale.averageThreadSize()));
        UUID thread = new UUID(random.nextLong(), random.nextLong());
        String topic = isBig ? "norms" : TOPICS[random.nextInt(TOPICS.length)];
        String kind = isBig ? "position-call" : new String[] {"discussion", "discussion", "consultation", "position-call"}[random.nextInt(4)];
        int a = random.nextInt(10);
        String audience = isBig || a < 6 ? "public" : a < 9 ? "participants" : "states";
        Instant opened = origin.plusSeconds(random.nextInt(60 * 24 * 3600));
        Author opener = governments.get(random.nextInt(governments.size()));
        Set<String> positioned = new HashSet<>();
        List<Object[]> threadPosts = new ArrayList<>(size);
        Instant at = opened;
        for (int seq = 1; seq <= size; seq++) {
          at = at.plusSeconds(1 + random.nextInt(600));
          boolean government = random.nextInt(100) < 60;
          Author author = government ? governments.get(random.nextInt(governments.size()))
              : stakeholders.get(random.nextInt(stakeholders.size()));
          String postKind = government && random.nextInt(100) < 25 && positioned.add(author.organization()) ? "position"
              : seq > 1 && random.nextInt(100) < 30 ? "reply" : "comment";
          String language = TextBank.language(random);
          String body = TextBank.text(random, language, TextBank.length(random, postKind.equals("position") ? 1200 : 400));
          postId++;
          threadPosts.add(new Object[] {postId, thread, seq,
              postKind.equals("reply") ? postId - 1 - random.nextInt(Math.min(seq - 1, 20)) : null, postKind,
              author.participant(), author.organization(), language, body, html(body), at});
        }
        threads.row(thread, topic, kind, audience, "open", (isBig ? "Large call for positions " : "Thread ") + threadNumber,
            "", "", "en", kind.equals("consultation") && random.nextInt(10) == 0, opener.participant(),
            opener.organization(), size, opened, opened, at);
        for (Object[] post : threadPosts) {
          posts.row(post);
        }
        JsonObject entry = new JsonObject().put("id", thread.toString()).put("topic", topic).put("audience", audience)
            .put("posts", size);
        if (isBig) {
          big.add(entry);
        } else if (audience.equals("public") && listed.size() < 500) {
          listed.add(entry);
        }
        written += size;
        threadNumber++;
      }
    }
    try (Statement statement = db.createStatement()) {
      statement.execute("ALTER TABLE post ALTER COLUMN id SET GENERATED ALWAYS");
      statement.execute("SELECT setval(pg_get_serial_sequence('post', 'id'), " + postId + ")");
    }
    pgbenchTables(db, big, listed, authors);
    return new JsonObject().put("posts", written).put("threadCount", threadNumber).put("bigThreads", big)
        .put("threads", listed).put("topics", new JsonArray(List.of(TOPICS)));
  }

  /** Numbered lookups so pgbench, which has only numeric random variables, can pick threads and authors. */
  private static void pgbenchTables(Connection db, JsonArray big, JsonArray listed, List<Author> authors) throws Exception {
    try (Statement statement = db.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS bench_read_thread (n int PRIMARY KEY, id uuid NOT NULL)");
      statement.execute("CREATE TABLE IF NOT EXISTS bench_write_thread (n int PRIMARY KEY, id uuid NOT NULL)");
      statement.execute("CREATE TABLE IF NOT EXISTS bench_author (n int PRIMARY KEY, participant uuid, organization text)");
    }
    try (Copy read = new Copy(db, "bench_read_thread", "n, id"); Copy write = new Copy(db, "bench_write_thread", "n, id");
         Copy author = new Copy(db, "bench_author", "n, participant, organization")) {
      for (int i = 0; i < big.size(); i++) {
        read.row(i + 1, big.getJsonObject(i).getString("id"));
      }
      for (int i = 0; i < listed.size(); i++) {
        write.row(i + 1, listed.getJsonObject(i).getString("id"));
      }
      for (int i = 0; i < authors.size(); i++) {
        author.row(i + 1, authors.get(i).participant(), authors.get(i).organization());
      }
    }
  }

  private static String html(String text) {
    return "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n\n", "</p>\n<p>") + "</p>\n";
  }
}
