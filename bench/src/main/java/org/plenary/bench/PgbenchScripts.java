package org.plenary.bench;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes pgbench scripts that issue exactly the SQL the endpoints issue, read from the server's own
 * constants (by reflection: they are private to their stores), with pgbench variables for parameters.
 * Usage: {@code PgbenchScripts <output-dir>}.
 */
public final class PgbenchScripts {

  private static final String BODY = "'We support the protection of critical infrastructure through international"
      + " cooperation. We support the protection of critical infrastructure through international cooperation.'";

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    String findThread = constant("org.plenary.forum.threads.ThreadStore", "FIND");
    String pageForward = constant("org.plenary.forum.posts.PostQueries", "PAGE_FORWARD");
    String pageBackward = constant("org.plenary.forum.posts.PostQueries", "PAGE_BACKWARD");
    String threadHead = constant("org.plenary.forum.threads.ThreadStore", "HEAD");
    String plainPage = constant("org.plenary.forum.posts.PostQueries", "PLAIN_PAGE");
    String findView = constant("org.plenary.forum.posts.PostQueries", "FIND_VIEW");
    String lockForPost = constant("org.plenary.forum.threads.ThreadStore", "LOCK_FOR_POST");
    String insertPost = constant("org.plenary.forum.posts.PostQueries", "INSERT");
    String indexForSearch = constant("org.plenary.platform.search.PostgresSearchIndex", "PUT");
    String recordEvent = constant("org.plenary.platform.events.Outbox", "RECORD");

    String pickRead = "\\set n random(1, :nread)\nSELECT id AS thread FROM bench_read_thread WHERE n = :n \\gset\n";
    // a page not kept in the server's cache: the thread's head, then the page (an anonymous reader: no Markdown)
    Files.writeString(out.resolve("thread-first-page.sql"), pickRead
        + one(threadHead, ":thread") + one(pageForward, ":thread", "0", "51", "NULL"));
    Files.writeString(out.resolve("thread-deep-page.sql"), pickRead + "\\set seq random(2500, 4950)\n"
        + one(threadHead, ":thread") + one(pageForward, ":thread", ":seq", "51", "NULL"));
    Files.writeString(out.resolve("thread-last-page.sql"), pickRead
        + one(threadHead, ":thread") + one(pageBackward, ":thread", "2147483647", "51", "NULL"));
    // what the page's SQL is measured against (issue 21): 50 posts with authors and organizations
    Files.writeString(out.resolve("thread-plain-page.sql"), pickRead + one(plainPage, ":thread", "0", "50"));
    Files.writeString(out.resolve("post-comment.sql"),
        "\\set n random(1, :nwrite)\n\\set a random(1, :nauthor)\n"
            + "SELECT id AS thread FROM bench_write_thread WHERE n = :n \\gset\n"
            + "SELECT participant AS author, organization AS org FROM bench_author WHERE n = :a \\gset\n"
            + "BEGIN;\n"
            + one(findThread, ":thread")
            + gset(one(lockForPost, ":thread"))
            + gset(one(insertPost, ":thread", ":post_count", "NULL", "'comment'", ":author", ":org", "'en'", BODY,
                "'<p>' || " + BODY + " || '</p>'", "'{}'", "NULL", "NULL"))
            + one(indexForSearch, "'post:' || :id", "'post'", "'thread:' || :thread::text",
                "(SELECT topic_id FROM thread WHERE id = :thread)", "NULL", BODY, "'en'", "'public'", "false", "false",
                ":author", ":org", "now()", "'/api/v1/posts/' || :id")
            + one(recordEvent, "'post.created'", "'thread:' || :thread::text",
                "json_build_object('threadId', :thread::text, 'postId', :id::bigint)::jsonb")
            + "COMMIT;\n"
            + one(findView, ":id") + one(findThread, ":thread"));
    System.out.println("pgbench scripts written to " + out);
  }

  /** The statement on one line, its $n parameters replaced (highest first, so $1 does not eat $10). */
  static String one(String sql, String... parameters) {
    String statement = sql.replaceAll("\\s+", " ").trim();
    for (int i = parameters.length; i >= 1; i--) {
      statement = statement.replace("$" + i, parameters[i - 1]);
    }
    return statement + ";\n";
  }

  private static String gset(String statement) {
    return statement.substring(0, statement.length() - 2) + " \\gset\n";
  }

  private static String constant(String className, String field) throws ReflectiveOperationException {
    Field f = Class.forName(className).getDeclaredField(field);
    f.setAccessible(true);
    return (String) f.get(null);
  }
}
