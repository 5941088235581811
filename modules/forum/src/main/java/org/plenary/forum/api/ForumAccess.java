package org.plenary.forum.api;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.ActivityPage;
import org.plenary.platform.organizations.ActivityQuery;

/**
 * The forum as other bounded contexts see it. Every method applies the same rules as the forum's own
 * API: audiences (a states thread is a 404 for others), accreditation, and the Chatham House Rule. Threads and
 * posts come as records of what their reader may see ({@link ThreadAsSeen}, {@link PostAsSeen}); a context that
 * sends them on renders them with {@link ForumJson}, as the forum's API itself does.
 */
public interface ForumAccess {

  /** The thread if {@code reader} (empty: anonymous) may read it; otherwise fails with the 404/401/403 problem. */
  Future<ThreadInfo> readableThread(UUID threadId, Optional<Participant> reader);

  /** The post as {@code reader} may see it (what GET /posts/{id} shows), or the 404 failure. */
  Future<PostAsSeen> postAsSeenBy(long postId, Optional<Participant> reader);

  /** Up to {@code limit} posts after sequence number {@code afterSeq}, as {@code reader} may see them. */
  Future<List<PostAsSeen>> postsAsSeenBy(UUID threadId, Optional<Participant> reader, int afterSeq, int limit);

  /**
   * Every post of the thread that a moderator has not hidden, in order, with identities and plain text: the
   * record from which summaries are made. The caller must already have checked that its user may summarise.
   */
  Future<List<TranscriptPost>> transcript(UUID threadId);

  /** The audiences ("public", "participants", "states") whose threads {@code reader} may read. */
  Set<String> visibleAudiences(Optional<Participant> reader);

  /** Whether {@code reader} sees who wrote a post of {@code authorId} in a thread with this Chatham House flag. */
  boolean seesIdentity(Optional<Participant> reader, boolean chathamHouse, UUID authorId);

  /**
   * The post as each of {@code readers} may see it, read once: for fanning one event out to many
   * subscribers. Empty for a reader who may not read its thread (or when there is no such post). Readers who
   * see the same are given the same record (one object), so that it is rendered once for all of them.
   */
  Future<List<Optional<PostAsSeen>>> postAsSeenByEach(long postId, List<Optional<Participant>> readers);

  /** The thread (what GET /threads/{id} shows) as each of {@code readers} may see it; empty where they may not. */
  Future<List<Optional<ThreadAsSeen>>> threadAsSeenByEach(UUID threadId, List<Optional<Participant>> readers);

  /** Those of the threads {@code reader} may read, as GET /threads/{id} shows them, by id, in one read. */
  Future<Map<UUID, ThreadAsSeen>> threadsAsSeenBy(Collection<UUID> threadIds, Optional<Participant> reader);

  /** Those of the posts {@code reader} may see, by id, in one read. */
  Future<Map<Long, PostAsSeen>> postsAsSeenBy(Collection<Long> postIds, Optional<Participant> reader);

  /**
   * The threads in which the query's organization spoke in an official position (its own, or a joint statement
   * naming it that it confirmed), the most recently spoken in first, each with those positions (current,
   * superseded and withdrawn; at most {@value #POSITIONS_PER_THREAD}, newest first), as {@code reader} may see
   * them: only threads of audiences the reader reads, never a hidden post, and under the Chatham House Rule only
   * positions whose speaker the reader may know. Topic and norm filter the threads; the days filter when the
   * positions were delivered (the thread then shows all of them).
   */
  Future<ActivityPage<ThreadPositions>> positionsOf(ActivityQuery query, Optional<Participant> reader);

  /** How many of one organization's positions in one thread {@link #positionsOf} gives. */
  int POSITIONS_PER_THREAD = 20;

  /** For routing notifications only, whatever the reader; see {@link PostFacts}. */
  Future<Optional<PostFacts>> postFacts(long postId);

  /** The thread whatever the reader, for routing notifications; never to be shown as is. */
  Future<Optional<ThreadInfo>> thread(UUID threadId);

  /**
   * The thread as it stands, share-locked in the caller's transaction (on {@code conn}) until it ends: a lock or
   * close of the thread committed meanwhile is seen, and one made later waits, so a write of another context
   * (drafts) that checked {@link ThreadInfo#refusesPostsBecause()} cannot slip past it. Empty if there is none.
   */
  Future<Optional<ThreadInfo>> lockThreadForWrite(SqlConnection conn, UUID threadId);
}
