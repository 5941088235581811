package org.plenary.sessions.api;

import java.util.UUID;

/** An item of a session's agenda; its id stays the same across the agenda's versions. */
public record AgendaItemRef(UUID id, UUID sessionId, String number /* "5", "5(a)" */, String title) {
}
