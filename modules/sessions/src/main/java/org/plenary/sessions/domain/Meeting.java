package org.plenary.sessions.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A meeting of the programme of work: when (instants, announced in {@code timeZone}, the venue's), and the agenda
 * items it takes up. {@code revision} is the iCalendar SEQUENCE of its event.
 */
public record Meeting(UUID id, UUID sessionId, String title, Instant startsAt, Instant endsAt, ZoneId timeZone,
                      List<UUID> agendaItems, int revision, Instant createdAt, Instant updatedAt) {
}
