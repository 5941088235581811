package org.plenary.summary.generate;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.forum.api.TranscriptPost;

/**
 * Which official positions still stand. An organization's new position in a thread supersedes its previous
 * one (the forum's rule), so what superseded a position is the organization's next position in the thread;
 * a withdrawn one stands no more. A summary quotes only standing positions as positions, and says of the
 * others that they were superseded (citing both) or withdrawn.
 */
final class PositionHistory {

  private final List<TranscriptPost> posts;
  private final Map<Long, TranscriptPost> successors;

  private PositionHistory(List<TranscriptPost> posts, Map<Long, TranscriptPost> successors) {
    this.posts = posts;
    this.successors = successors;
  }

  /** @param posts the thread's transcript, in order */
  static PositionHistory of(List<TranscriptPost> posts) {
    Map<Long, TranscriptPost> successors = new HashMap<>();
    Map<String, TranscriptPost> previous = new HashMap<>();
    for (TranscriptPost post : posts) {
      if (!"position".equals(post.kind())) {
        continue;
      }
      TranscriptPost before = previous.put(post.organizationId(), post);
      if (before != null && "superseded".equals(before.status())) {
        successors.put(before.id(), post);
      }
    }
    return new PositionHistory(posts, successors);
  }

  /** A position that no longer stands: superseded or withdrawn. Comments and replies always stand. */
  static boolean isFormer(TranscriptPost post) {
    return "position".equals(post.kind()) && !post.isCurrentPosition();
  }

  /**
   * The later position that superseded {@code post}, if it did and that position is in the transcript (a
   * moderator may have hidden it).
   */
  Optional<TranscriptPost> supersededBy(TranscriptPost post) {
    return Optional.ofNullable(successors.get(post.id()));
  }

  /**
   * Marks a reference to a post that no longer stands ({@code status}, and {@code supersededBy} with the
   * post that did), so that no section cites a former position as a current one.
   */
  JsonObject describe(JsonObject reference, TranscriptPost post) {
    if (isFormer(post)) {
      reference.put("status", post.status());
      supersededBy(post).ifPresent(next -> reference.put("supersededBy", next.id()));
    }
    return reference;
  }

  /** Each position that no longer stands, oldest first: who, which post, and what superseded it. */
  JsonArray changes(Identities identities) {
    JsonArray changes = new JsonArray();
    posts.stream().filter(PositionHistory::isFormer).forEach(post -> changes.add(describe(new JsonObject()
        .put("postId", post.id()).put("by", identities.by(post)), post)));
    return changes;
  }
}
