package org.plenary.forum.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A post as one reader may see it (what GET /posts/{id} shows them; {@link ForumJson#post} is that JSON). What
 * the reader may not see is not here at all: under the Chatham House Rule there is no {@link #speaker}, a hidden
 * post has no {@link #bodyHtml} but for moderators, and only its author is given the {@link #bodyMarkdown}.
 */
public record PostAsSeen(
    long id,
    UUID threadId,
    int seq,
    String kind,
    String language,
    /** The organization's kind, which every reader sees. */
    String constituency,
    int replyCount,
    int version,
    Instant createdAt,
    Optional<Long> parentId,
    Optional<Integer> guidingQuestion,
    Optional<Instant> editedAt,
    Optional<Speaker> speaker,
    /** Official positions only. */
    Optional<Position> position,
    Optional<Hidden> hidden,
    Optional<String> bodyHtml,
    Optional<String> bodyMarkdown) {

  /** Who wrote the post, and the organization it speaks for. */
  public record Speaker(Author author, Organization speaksFor) {
  }

  public record Author(UUID id, String name, Optional<String> username) {
  }

  /** {@code kind} is the constituency; a State has a regional group. */
  public record Organization(String id, String name, String kind, Optional<String> regionalGroup) {
  }

  /**
   * What an official position adds: its status, the States it is delivered on behalf of as the reader may see
   * them (none listed: the key is left out), and the statements it aligns with and that align with it.
   */
  public record Position(
      String status,
      Optional<Long> supersededBy,
      Optional<Instant> withdrawnAt,
      Optional<String> withdrawalReason,
      List<NamedState> onBehalfOf,
      Optional<Alignment> alignsWith,
      List<Alignment> alignedBy) {

    public Position {
      onBehalfOf = List.copyOf(onBehalfOf);
      alignedBy = List.copyOf(alignedBy);
    }
  }

  /** A State a joint statement names, with its consent ({@code confirmed} or {@code pending}). */
  public record NamedState(String id, String name, String consent, Optional<Instant> decidedAt) {
  }

  /** Another statement in an alignment; its organization is left out under the Chatham House Rule. */
  public record Alignment(long postId, String constituency, Optional<Named> speaksFor) {
  }

  public record Named(String id, String name) {
  }

  /** Why and when a moderator hid the post. */
  public record Hidden(Optional<String> reason, Optional<Instant> at) {
  }
}
