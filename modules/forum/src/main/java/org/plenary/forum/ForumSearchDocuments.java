package org.plenary.forum;

import java.time.Instant;
import java.util.UUID;
import org.plenary.forum.markdown.MarkdownRenderer;
import org.plenary.forum.threads.ForumThread;
import org.plenary.platform.search.SearchDocument;

/** Threads and posts as the search index keeps them; a post follows its thread's access rules. */
public final class ForumSearchDocuments {

  private ForumSearchDocuments() {
  }

  public static String threadScope(UUID threadId) {
    return "thread:" + threadId;
  }

  public static String postId(long postId) {
    return "post:" + postId;
  }

  public static SearchDocument thread(ForumThread t) {
    return new SearchDocument(threadScope(t.id()), "thread", threadScope(t.id()), t.topicId(), t.title(),
        MarkdownRenderer.plainText(t.bodyMarkdown()), t.language(), t.audience().wire(), t.chathamHouse(), false,
        t.authorId(), t.organizationId(), t.createdAt(), "/api/v1/threads/" + t.id());
  }

  /** A post as written now; {@code kind} "position" is found as a position, every other kind as a post. */
  public static SearchDocument post(ForumThread thread, long postId, String kind, String markdown, String language,
                                    boolean hidden, UUID authorId, String organizationId, Instant createdAt) {
    return new SearchDocument(postId(postId), "position".equals(kind) ? "position" : "post", threadScope(thread.id()),
        thread.topicId(), null, MarkdownRenderer.plainText(markdown), language, thread.audience().wire(),
        thread.chathamHouse(), hidden, authorId, organizationId, createdAt, "/api/v1/posts/" + postId);
  }
}
