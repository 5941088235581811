package org.plenary.forum.posts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.api.PostAsSeen;

/**
 * A post with everything any of its readers may be shown (the columns of {@code PostQueries.VIEW_COLUMNS}); what
 * one reader sees of it is {@link PostView}'s to decide.
 */
public record Post(
    long id,
    UUID threadId,
    int seq,
    Optional<Long> parentId,
    PostKind kind,
    String language,
    String bodyMarkdown,
    String bodyHtml,
    Optional<Integer> guidingQuestion,
    /** For positions: active, superseded or withdrawn. */
    String status,
    Optional<Long> supersededBy,
    Optional<Instant> withdrawnAt,
    Optional<String> withdrawalReason,
    boolean hidden,
    Optional<String> hiddenReason,
    Optional<Instant> hiddenAt,
    int replyCount,
    int version,
    Instant createdAt,
    Optional<Instant> editedAt,
    PostAsSeen.Author author,
    PostAsSeen.Organization organization,
    /** The statement this one aligns with. */
    Optional<Aligned> alignsWith,
    /** The States a joint statement names and that have not declined or left it, by name. */
    List<PostAsSeen.NamedState> onBehalfOf,
    /** The current statements that align with this one, oldest first. */
    List<Aligned> alignedBy) {

  public Post {
    onBehalfOf = List.copyOf(onBehalfOf);
    alignedBy = List.copyOf(alignedBy);
  }

  /** A statement on one side of an alignment, and the organization that made it. */
  public record Aligned(long postId, String organizationId, String organizationName, String organizationKind) {
  }
}
