package org.plenary.sessions.speakers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The speakers list of an agenda item (in one meeting, or for the item as a whole when {@code meetingId} is empty):
 * its statements and rights of reply in speaking order and its time limits. {@code version} grows with every change,
 * so that a live reader knows whether what it holds is current.
 */
public record SpeakersList(UUID id, UUID sessionId, UUID agendaItemId, Optional<UUID> meetingId, TimeLimits limits,
                           long version, List<SpeakerEntry> statements, List<SpeakerEntry> replies) {

  /** The list of an item before anyone inscribed: its default limits, nobody on it. */
  public static SpeakersList empty(UUID sessionId, UUID agendaItemId, Optional<UUID> meetingId) {
    return new SpeakersList(null, sessionId, agendaItemId, meetingId, TimeLimits.DEFAULT, 0, List.of(), List.of());
  }

  /** The list of {@code entries}, ordered by the rules and the Secretariat's moves. */
  public static SpeakersList of(UUID id, UUID sessionId, UUID agendaItemId, Optional<UUID> meetingId,
                                TimeLimits limits, long version, List<SpeakerEntry> entries) {
    return new SpeakersList(id, sessionId, agendaItemId, meetingId, limits, version,
        SpeakersOrder.statements(entries), SpeakersOrder.replies(entries));
  }

  /** Who has the floor, if anyone. */
  public Optional<SpeakerEntry> floor() {
    return all().filter(e -> e.status() == EntryStatus.ON_FLOOR).findFirst();
  }

  /** Who the Chair calls next: the first waiting statement, else the first waiting reply. */
  public Optional<SpeakerEntry> next() {
    return all().filter(e -> e.status() == EntryStatus.WAITING).findFirst();
  }

  public Optional<SpeakerEntry> entry(UUID entryId) {
    return all().filter(e -> e.id().equals(entryId)).findFirst();
  }

  /** The place of a statement in the list, from 1. */
  public int positionOf(SpeakerEntry entry) {
    return statements.indexOf(entry) + 1;
  }

  private Stream<SpeakerEntry> all() {
    return Stream.concat(statements.stream(), replies.stream());
  }
}
