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
    String pageForward = constant("org.plenary.forum.posts.PostQueries", "PAGE_FORWARD");
    String pageBackward = constant("org.plenary.forum.posts.PostQueries", "PAGE_BACKWARD");
    String threadHead = constant("org.plenary.forum.threads.ThreadStore", "HEAD");
    String plainPage = constant("org.plenary.forum.posts.PostQueries", "PLAIN_PAGE");
    String findView = constant("org.plenary.forum.posts.PostQueries", "FIND_VIEW");
    String findForKeyShare = constant("org.plenary.forum.threads.ThreadStore", "FIND_FOR_KEY_SHARE");
    String insertWithEvent = constant("org.plenary.forum.posts.PostQueries", "INSERT_WITH_EVENT");

    String pickRead = "\\set n random(1, :nread)\nSELECT id AS thread FROM bench_read_thread WHERE n = :n \\gset\n";
    // a page not kept in the server's cache: the thread's head, then the page (an anonymous reader: no Markdown)
    Files.writeString(out.resolve("thread-first-page.sql"), pickRead
        + one(threadHead, ":thread") + one(pageForward, ":thread", "0", "51", "NULL"));
    // a reader asking again with its ETag: what the database does for the page it would otherwise read
    Files.writeString(out.resolve("thread-revalidate.sql"), pickRead
        + one(threadHead, ":thread") + one(pageForward, ":thread", "0", "51", "NULL"));
    Files.writeString(out.resolve("thread-deep-page.sql"), pickRead + "\\set seq random(2500, 4950)\n"
        + one(threadHead, ":thread") + one(pageForward, ":thread", ":seq", "51", "NULL"));
    Files.writeString(out.resolve("thread-last-page.sql"), pickRead
        + one(threadHead, ":thread") + one(pageBackward, ":thread", "2147483647", "51", "NULL"));
    // what the page's SQL is measured against (issue 21): 50 posts with authors and organizations
    Files.writeString(out.resolve("thread-plain-page.sql"), pickRead + one(plainPage, ":thread", "0", "50"));
    // and the page's statement alone, like for like with the plain page (goal 2 compares the two)
    Files.writeString(out.resolve("thread-page-sql.sql"), pickRead + one(pageForward, ":thread", "0", "51", "NULL"));
    // The endpoint's transaction: the thread key-share-locked, the post and its event in one statement, the commit
    // (whose trigger numbers the post, V175); then the post as the answer reads it (the thread read in the transaction
    // serves the answer too). The search index is
    // fed after the commit by the forum's consumer of the outbox, not here, as in the endpoint.
    String writeTransaction = "BEGIN;\n"
        + one(findForKeyShare, ":thread")
        + gset(one(insertWithEvent, ":thread", "NULL", "'comment'", ":author", ":org", "'en'", BODY,
            "'<p>' || " + BODY + " || '</p>'", "NULL", "NULL", "'post.created'"))
        + "COMMIT;\n"
        + one(findView, ":id");
    String pickAuthor = "\\set a random(1, :nauthor)\n"
        + "SELECT participant AS author, organization AS org FROM bench_author WHERE n = :a \\gset\n";
    Files.writeString(out.resolve("post-comment.sql"), "\\set n random(1, least(:nwrite, " + Scenarios.SPREAD_THREADS
        + "))\n" + "SELECT id AS thread FROM bench_write_thread WHERE n = :n \\gset\n" + pickAuthor + writeTransaction);
    Files.writeString(out.resolve("post-comment-hot.sql"), "SELECT id AS thread FROM bench_write_thread WHERE n = 1 \\gset\n"
        + pickAuthor + writeTransaction);
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
