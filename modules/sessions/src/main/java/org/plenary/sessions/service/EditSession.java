package org.plenary.sessions.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.plenary.sessions.api.SessionAudience;

/**
 * A change of a session's calendar entry: each field given replaces the current one. {@code virtual} true clears the
 * venue; {@code clearDeadline} removes the deadline.
 */
public record EditSession(Optional<String> title, Optional<Integer> number, Optional<LocalDate> opensOn,
                          Optional<LocalDate> closesOn, Optional<String> venue, boolean virtual,
                          Optional<ZoneId> timeZone, Optional<SessionAudience> audience, Optional<Instant> deadline,
                          boolean clearDeadline, Optional<String> reason) {
}
