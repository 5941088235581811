package org.plenary.accreditation;

import java.time.Instant;
import java.util.Optional;

/**
 * An application locked for a change of its window or an objection: what those decide on.
 *
 * @param windowOpen its window has not ended, by the database's clock (false when it has none)
 * @param closesAt none for an organization accredited on notification
 */
record LockedApplication(String organizationId, ApplicationStatus status, boolean windowOpen,
                         Optional<Instant> closesAt) {
}
