package org.plenary.forum;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.UUID;
import org.plenary.forum.api.ForumAccess;
import org.plenary.forum.api.CitedPractices;
import org.plenary.forum.api.KnownDocuments;
import org.plenary.forum.moderation.ModerationApi;
import org.plenary.forum.moderation.ModerationService;
import org.plenary.forum.posts.ForumAccessService;
import org.plenary.forum.posts.JointStatements;
import org.plenary.forum.posts.PageCache;
import org.plenary.forum.posts.PostReader;
import org.plenary.forum.posts.PostService;
import org.plenary.forum.posts.PostStore;
import org.plenary.forum.posts.PostsApi;
import org.plenary.forum.posts.RightsOfReply;
import org.plenary.forum.threads.ThreadService;
import org.plenary.forum.threads.ThreadLists;
import org.plenary.forum.threads.ThreadStore;
import org.plenary.forum.threads.ThreadsApi;
import org.plenary.forum.topics.TopicStore;
import org.plenary.forum.topics.TopicsApi;
import org.plenary.platform.events.DurableConsumer;
import org.plenary.platform.events.EventDispatcher;
import org.plenary.platform.events.OutboxEvent;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.search.SearchIndex;

/** The forum bounded context, wired: its stores, services and API. */
public final class Forum implements PlenaryModule {

  private static final String THREAD_STREAM = "thread:";

  private final ThreadStore threads;
  private final ThreadService threadService;
  private final PostStore posts;
  private final PostService postService;
  private final JointStatements jointStatements;
  private final PostReader postReader;
  private final ForumAccess access;
  private final List<ApiModule> apis;
  private final Pool pool;
  private final ForumSearchIndexing searchIndexing;
  private DurableConsumer indexing;
  private final PageCache pageCache;
  private MessageConsumer<OutboxEvent> threadEvents;

  /**
   * {@code search} is told of every thread and post: in the transaction that writes it, and new posts after their
   * commit, by the forum's consumer of its events ({@link ForumSearchIndexing}), which {@link #start} starts.
   */
  public Forum(Pool pool, SearchIndex search, ForumConfig config) {
    this(pool, search, config, KnownDocuments.NONE);
  }

  /** {@code documents}: the registry whose pages symbols in posts link to (the documents system otherwise). */
  public Forum(Pool pool, SearchIndex search, ForumConfig config, KnownDocuments documents) {
    this(pool, search, config, documents, CitedPractices.NONE);
  }

  /** {@code practices}: the good practices posts may cite. */
  public Forum(Pool pool, SearchIndex search, ForumConfig config, KnownDocuments documents,
               CitedPractices practices) {
    this.pool = pool;
    TopicStore topics = new TopicStore(pool);
    this.threads = new ThreadStore(pool);
    this.threadService = new ThreadService(pool, threads, topics, search, documents);
    this.posts = new PostStore(pool);
    this.pageCache = new PageCache(config.pageCacheBytes());
    RightsOfReply rightsOfReply = new RightsOfReply(posts, config);
    this.postService = new PostService(pool, threads, posts, search, rightsOfReply, documents, practices);
    this.jointStatements = new JointStatements(pool, threads, posts);
    this.postReader = new PostReader(threads, posts);
    this.access = new ForumAccessService(pool, threads, posts, postReader);
    this.searchIndexing = new ForumSearchIndexing(threads, search);
    this.apis = List.of(
        new TopicsApi(pool, topics),
        new ThreadsApi(threads, new ThreadLists(pool), threadService),
        new PostsApi(pool, threads, posts, pageCache, postReader, postService, jointStatements, rightsOfReply),
        new ModerationApi(postReader, new ModerationService(pool, posts, search)));
  }

  @Override
  public List<ApiModule> apis() {
    return apis;
  }

  /**
   * Starts indexing new posts for search from the outbox; and every instance drops a thread's kept pages when an
   * event of the thread arrives (see {@link PageCache}).
   */
  @Override
  public Future<Void> start(Vertx vertx) {
    threadEvents = EventDispatcher.consume(vertx, event -> {
      if (event.stream().startsWith(THREAD_STREAM)) {
        forgetPages(event.streamKey());
      }
    });
    return DurableConsumer.start(vertx, pool, ForumSearchIndexing.CONSUMER, searchIndexing)
        .onSuccess(started -> indexing = started).mapEmpty();
  }

  @Override
  public Future<Void> stop(Vertx vertx) {
    Future<Void> unregistered = threadEvents == null ? Future.succeededFuture() : threadEvents.unregister();
    return unregistered.compose(v -> indexing == null ? Future.succeededFuture() : indexing.close());
  }

  private void forgetPages(String threadId) {
    try {
      pageCache.forget(UUID.fromString(threadId));
    } catch (IllegalArgumentException notAThread) {
      // a stream named thread: that is not a thread's id holds no page
    }
  }

  /** The kept pages of threads, for tests and the operators' measure of its memory. */
  public PageCache pageCache() {
    return pageCache;
  }

  /** The forum as other bounded contexts may use it. */
  public ForumAccess access() {
    return access;
  }

  public ThreadService threadService() {
    return threadService;
  }

  public PostService postService() {
    return postService;
  }

  /** Consent of the States joint statements name (the demo content confirms some). */
  public JointStatements jointStatements() {
    return jointStatements;
  }

  public PostReader postReader() {
    return postReader;
  }

  public ThreadStore threads() {
    return threads;
  }
}
