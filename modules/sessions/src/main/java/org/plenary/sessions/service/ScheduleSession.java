package org.plenary.sessions.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.plenary.sessions.api.SessionAudience;
import org.plenary.sessions.api.SessionKind;

/** A session to put on the calendar; an empty venue is a virtual session. */
public record ScheduleSession(SessionKind kind, String title, int number, LocalDate opensOn, LocalDate closesOn,
                              Optional<String> venue, ZoneId timeZone, SessionAudience audience,
                              Optional<Instant> deadline) {
}
