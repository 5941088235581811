package org.plenary.sessions.speakers;

import java.util.Optional;
import java.util.UUID;

/** Which speakers list: of an agenda item of a session, in a meeting or for the item as a whole. */
public record SpeakersPlace(UUID sessionId, UUID agendaItemId, Optional<UUID> meetingId) {
}
