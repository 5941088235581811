package org.plenary.forum;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.plenary.forum.api.ForumEvents;
import org.plenary.forum.threads.ForumThread;
import org.plenary.forum.threads.ThreadStore;
import org.plenary.platform.database.Columns;
import org.plenary.platform.events.DurableConsumer;
import org.plenary.platform.events.OutboxEvent;
import org.plenary.platform.search.SearchDocument;
import org.plenary.platform.search.SearchIndex;

/**
 * Indexes new posts for search from the outbox ({@code post.created}), after their commit, instead of in the post's
 * own transaction (issue 21): writing a post no longer waits for six text-search vectors. It is durable: the index
 * rows and the consumer's position commit together ({@link DurableConsumer}), so a crash between a post's commit and
 * its indexing only delays it, and the next start indexes from the stored position. A post is indexed as it stands
 * when its batch runs, never from the event: it is read with a key-share lock on it and its thread, so an edit, a
 * hide or a change of the thread's audience committed before is what the index gets, and one made meanwhile waits
 * for the batch and then updates the row the batch wrote. Edits, hides and thread changes still write the index in
 * their own transactions.
 */
public final class ForumSearchIndexing implements DurableConsumer.BatchHandler {

  /** Its name in {@code event_consumer}; V175 registered it. */
  public static final String CONSUMER = "forum-search-index";

  private static final String POSTS = "SELECT id, thread_id, kind, body_markdown, language, hidden, author_id,"
      + " organization_id, created_at FROM post WHERE id = ANY ($1) FOR KEY SHARE";

  private final ThreadStore threads;
  private final SearchIndex search;

  ForumSearchIndexing(ThreadStore threads, SearchIndex search) {
    this.threads = threads;
    this.search = search;
  }

  @Override
  public Future<Void> handle(SqlConnection transaction, List<OutboxEvent> events) {
    Long[] created = events.stream().filter(event -> event.is(ForumEvents.POST_CREATED))
        .map(event -> event.payload().getLong("postId")).distinct().toArray(Long[]::new);
    if (created.length == 0) {
      return Future.succeededFuture();
    }
    return transaction.preparedQuery(POSTS).execute(Tuple.of(created)).compose(rows -> {
      List<Row> posts = new ArrayList<>();
      Set<UUID> threadIds = new HashSet<>();
      rows.forEach(row -> {
        posts.add(row);
        threadIds.add(row.getUUID("thread_id"));
      });
      return threads.findAllForKeyShare(transaction, threadIds).compose(byId -> {
        List<SearchDocument> documents = new ArrayList<>(posts.size());
        for (Row post : posts) {
          ForumThread thread = byId.get(post.getUUID("thread_id"));
          documents.add(ForumSearchDocuments.post(thread, post.getLong("id"), post.getString("kind"),
              post.getString("body_markdown"), post.getString("language"), post.getBoolean("hidden"),
              post.getUUID("author_id"), post.getString("organization_id"), Columns.instant(post, "created_at")));
        }
        return search.putAll(transaction, documents);
      });
    });
  }
}
