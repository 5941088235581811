package org.plenary.forum.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.platform.identity.Participant;

/**
 * The forum as other bounded contexts see it. Every method applies the same rules as the forum's own
 * API: audiences (a states thread is a 404 for others), accreditation, and the Chatham House Rule.
 */
public interface ForumAccess {

  /** The thread if {@code reader} (empty: anonymous) may read it; otherwise fails with the 404/401/403 problem. */
  Future<ThreadInfo> readableThread(UUID threadId, Optional<Participant> reader);

  /** The post as {@code reader} may see it (the JSON of GET /posts/{id}), or the 404 problem. */
  Future<JsonObject> postAsSeenBy(long postId, Optional<Participant> reader);

  /** Up to {@code limit} posts after sequence number {@code afterSeq}, as {@code reader} may see them. */
  Future<List<JsonObject>> postsAsSeenBy(UUID threadId, Optional<Participant> reader, int afterSeq, int limit);

  /**
   * Every post of the thread that a moderator has not hidden, in order, with identities and plain text: the
   * record from which summaries are made. The caller must already have checked that its user may summarise.
   */
  Future<List<TranscriptPost>> transcript(UUID threadId);

  /** The audiences ("public", "participants", "states") whose threads {@code reader} may read. */
  Set<String> visibleAudiences(Optional<Participant> reader);

  /** Whether {@code reader} sees who wrote a post of {@code authorId} in a thread with this Chatham House flag. */
  boolean seesIdentity(Optional<Participant> reader, boolean chathamHouse, UUID authorId);
}
