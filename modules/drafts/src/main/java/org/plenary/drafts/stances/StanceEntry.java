package org.plenary.drafts.stances;

import java.time.Instant;

/**
 * A stance in a paragraph's history: {@code counts} when the tracker counts it (current, and not on a State's
 * behalf while the State has its own); {@code explanation} and {@code recordedVia} are null when there is none.
 */
public record StanceEntry(long id, int revision, String stateId, String stateName, String regionalGroup,
                          String stance, String explanation, String recordedVia, Instant recordedAt, boolean counts) {
}
