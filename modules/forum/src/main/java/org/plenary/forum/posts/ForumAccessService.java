package org.plenary.forum.posts;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.forum.api.ForumAccess;
import org.plenary.forum.api.PostAsSeen;
import org.plenary.forum.api.PostFacts;
import org.plenary.forum.api.ThreadAsSeen;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.forum.api.ThreadPositions;
import org.plenary.forum.api.TranscriptPost;
import org.plenary.forum.threads.Audience;
import org.plenary.forum.threads.ForumThread;
import org.plenary.forum.threads.Reader;
import org.plenary.forum.threads.ThreadInfos;
import org.plenary.forum.threads.ThreadStore;
import org.plenary.forum.threads.ThreadView;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.ActivityPage;
import org.plenary.platform.organizations.ActivityQuery;

/** {@link ForumAccess} on the forum's own stores and rules. */
public final class ForumAccessService implements ForumAccess {

  private final ThreadStore threads;
  private final PostStore posts;
  private final PostReader reader;
  private final OrganizationPositions positions;

  public ForumAccessService(Pool pool, ThreadStore threads, PostStore posts, PostReader reader) {
    this.threads = threads;
    this.posts = posts;
    this.reader = reader;
    this.positions = new OrganizationPositions(pool, threads);
  }

  @Override
  public Future<ActivityPage<ThreadPositions>> positionsOf(ActivityQuery query, Optional<Participant> participant) {
    return positions.of(query, new Reader(participant));
  }

  @Override
  public Future<ThreadInfo> readableThread(UUID threadId, Optional<Participant> participant) {
    return reader.readable(threadId, new Reader(participant)).map(ThreadInfos::of);
  }

  @Override
  public Future<PostAsSeen> postAsSeenBy(long postId, Optional<Participant> participant) {
    return reader.view(postId, new Reader(participant));
  }

  @Override
  public Future<List<PostAsSeen>> postsAsSeenBy(UUID threadId, Optional<Participant> participant, int afterSeq,
                                                int limit) {
    Reader as = new Reader(participant);
    return reader.readable(threadId, as).compose(thread -> posts.pageAfter(threadId, afterSeq, limit,
            participant.map(Participant::id))
        .map(page -> page.stream().map(post -> PostView.seenBy(post, thread.chathamHouse(), as)).toList()));
  }

  @Override
  public Future<List<TranscriptPost>> transcript(UUID threadId) {
    return posts.transcript(threadId);
  }

  @Override
  public Set<String> visibleAudiences(Optional<Participant> participant) {
    return new Reader(participant).visibleAudiences().stream().map(Audience::wire).collect(Collectors.toSet());
  }

  @Override
  public boolean seesIdentity(Optional<Participant> participant, boolean chathamHouse, UUID authorId) {
    return new Reader(participant).seesIdentity(chathamHouse, authorId);
  }

  /**
   * What a reader sees of a post depends on them only through what {@link ViewKey} holds, so readers alike share
   * one record (one object), which a fan-out to a thousand subscribers then encodes once.
   */
  @Override
  public Future<List<Optional<PostAsSeen>>> postAsSeenByEach(long postId, List<Optional<Participant>> readers) {
    return posts.findView(postId).compose(found -> found.isEmpty()
        ? Future.succeededFuture(readers.stream().map(r -> Optional.<PostAsSeen>empty()).toList())
        : threads.find(found.get().threadId()).map(thread -> {
          Post post = found.get();
          Map<ViewKey, Optional<PostAsSeen>> seen = new HashMap<>();
          return readers.stream().map(participant -> {
            Reader as = new Reader(participant);
            UUID author = post.author().id();
            boolean identified = as.seesIdentity(thread.map(ForumThread::chathamHouse).orElse(true), author);
            ViewKey key = new ViewKey(thread.filter(t -> mayRead(t, as)).isPresent(), identified,
                as.seesBehindChathamHouse(), participant.map(p -> p.id().equals(author)).orElse(false),
                identified ? null : PostView.namedOrganization(post, as).map(PostAsSeen.NamedState::id).orElse(null));
            return seen.computeIfAbsent(key, k -> k.readable()
                ? Optional.of(PostView.seenBy(post, thread.get().chathamHouse(), as)) : Optional.empty());
          }).toList();
        }));
  }

  /** Everything about a reader that PostView looks at. */
  private record ViewKey(boolean readable, boolean identified, boolean moderates, boolean own, String namedState) {
  }

  @Override
  public Future<List<Optional<ThreadAsSeen>>> threadAsSeenByEach(UUID threadId, List<Optional<Participant>> readers) {
    return threads.find(threadId).map(thread -> readers.stream()
        .map(participant -> thread.filter(t -> mayRead(t, new Reader(participant)))
            .map(t -> ThreadView.seenBy(t, new Reader(participant))))
        .toList());
  }

  @Override
  public Future<Map<UUID, ThreadAsSeen>> threadsAsSeenBy(Collection<UUID> threadIds, Optional<Participant> participant) {
    Reader as = new Reader(participant);
    return threads.findAll(Set.copyOf(threadIds)).map(byId -> {
      Map<UUID, ThreadAsSeen> visible = new LinkedHashMap<>();
      byId.forEach((id, thread) -> {
        if (mayRead(thread, as)) {
          visible.put(id, ThreadView.seenBy(thread, as));
        }
      });
      return visible;
    });
  }

  @Override
  public Future<Map<Long, PostAsSeen>> postsAsSeenBy(Collection<Long> postIds, Optional<Participant> participant) {
    Reader as = new Reader(participant);
    return posts.findViews(postIds).compose(found -> threads.findAll(found.stream()
            .map(Post::threadId).collect(Collectors.toSet()))
        .map(byId -> {
          Map<Long, PostAsSeen> visible = new LinkedHashMap<>();
          for (Post post : found) {
            ForumThread thread = byId.get(post.threadId());
            if (thread != null && mayRead(thread, as)) {
              visible.put(post.id(), PostView.seenBy(post, thread.chathamHouse(), as));
            }
          }
          return visible;
        }));
  }

  @Override
  public Future<Optional<PostFacts>> postFacts(long postId) {
    return posts.facts(postId);
  }

  @Override
  public Future<Optional<ThreadInfo>> lockThreadForWrite(SqlConnection conn, UUID threadId) {
    return threads.findForKeyShare(conn, threadId).map(found -> found.map(ThreadInfos::of));
  }

  @Override
  public Future<Optional<ThreadInfo>> thread(UUID threadId) {
    return threads.find(threadId).map(found -> found.map(ThreadInfos::of));
  }

  private static boolean mayRead(ForumThread thread, Reader reader) {
    return reader.visibleAudiences().contains(thread.audience());
  }
}
