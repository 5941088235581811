package org.plenary.forum.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A post as the record of a thread keeps it: who wrote it, for whom, and its plain text. Identities
 * included, so only code acting for moderators, the Chair or the Secretariat may hold it.
 */
public record TranscriptPost(
    long id,
    int seq,
    String kind,
    Optional<Long> parentId,
    UUID authorId,
    String authorName,
    String organizationId,
    String organizationName,
    /** The organization's kind: state, intergovernmental, private-sector, academia, civil-society, un-body. */
    String constituency,
    Optional<String> regionalGroup,
    String language,
    String text,
    /**
     * The States that confirmed the joint statement (ids, and names in the same order): a State named but
     * not yet confirmed, or that declined, is not presented as speaking.
     */
    List<String> onBehalfOf,
    List<String> onBehalfOfNames,
    Optional<Long> alignsWith,
    /** For positions: active, superseded or withdrawn. */
    String status,
    Optional<Integer> guidingQuestion,
    Instant createdAt) {

  public boolean isCurrentPosition() {
    return "position".equals(kind) && "active".equals(status);
  }
}
