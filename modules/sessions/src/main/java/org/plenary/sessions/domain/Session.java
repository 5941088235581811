package org.plenary.sessions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.plenary.sessions.api.SessionAudience;
import org.plenary.sessions.api.SessionKind;
import org.plenary.sessions.api.SessionRef;
import org.plenary.sessions.api.SessionStatus;

/**
 * A session of the mechanism as the calendar holds it. {@code venue} is empty for a virtual session; the time
 * zone is the venue's, in which its meetings are announced; {@code revision} is the iCalendar SEQUENCE.
 */
public record Session(UUID id, SessionKind kind, String title, int number, LocalDate opensOn, LocalDate closesOn,
                      Optional<String> venue, ZoneId timeZone, SessionStatus status, SessionAudience audience,
                      Optional<Instant> deadline, int revision, Instant createdAt, Instant updatedAt) {

  public SessionRef ref() {
    return new SessionRef(id, kind, title, number, status, audience, opensOn, closesOn);
  }

  public boolean isConcluded() {
    return status == SessionStatus.CONCLUDED;
  }
}
