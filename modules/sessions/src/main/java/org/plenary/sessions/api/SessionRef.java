package org.plenary.sessions.api;

import java.time.LocalDate;
import java.util.UUID;

/** What other contexts may know of a session. */
public record SessionRef(UUID id, SessionKind kind, String title, int number, SessionStatus status,
                         SessionAudience audience, LocalDate opensOn, LocalDate closesOn) {
}
