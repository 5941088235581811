package org.plenary.sessions.speakers;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One inscription on a speakers list. {@code sequence} is the order of inscription across the server (a database
 * sequence), {@code replyNumber} 1 or 2 for a right of reply, 0 for a statement.
 */
public record SpeakerEntry(UUID id, UUID listId, Speaker speaker, Optional<SpeakingGroup> onBehalfOf,
                           SpeakerCategory category, EntryKind kind, int replyNumber, long sequence,
                           Instant inscribedAt, EntryStatus status, Optional<Move> move) {

  public boolean isStatement() {
    return kind == EntryKind.STATEMENT;
  }

  public SpeakerEntry withStatus(EntryStatus next) {
    return new SpeakerEntry(id, listId, speaker, onBehalfOf, category, kind, replyNumber, sequence, inscribedAt, next,
        move);
  }
}
