package org.plenary.sessions.speakers;

import java.time.Instant;

/** The Secretariat's move of an entry to a place in the list, with the reason shown beside it. */
public record Move(int position, String reason, Instant at) {
}
