package org.plenary.accreditation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An application with everything any viewer may see, as the store reads it; who sees the objections is
 * decided when it is shown ({@link Who#seesObjectors}).
 *
 * @param organization the organization as the registry knows it now (its accreditation may have moved on)
 * @param windowOpen pending and its window not yet ended, by the database's clock
 * @param closesAt none for an organization accredited on notification
 * @param objections the standing objections, the oldest first
 */
record Application(UUID id, Organization organization, String name, String kind, Named country, String website,
                   String purpose, boolean ecosocClaimed, Optional<Instant> ecosocConfirmedAt,
                   ApplicationStatus status, Instant appliedAt, boolean windowOpen, Optional<Instant> closesAt,
                   Optional<Instant> decidedAt, Optional<Decided> decidedHow, Optional<Instant> withdrawnAt,
                   Optional<String> withdrawalReason, List<Objection> objections) {

  /** ECOSOC consultative status as the Secretariat registered or confirmed it (a claim alone is not). */
  boolean ecosocStatus() {
    return ecosocConfirmedAt.isPresent();
  }

  /** {@code accreditation} is null for an organization the registry holds none for. */
  record Organization(String id, String name, String kind, String accreditation) {
  }

  /** An organization named in an application: its country, or an objecting State. */
  record Named(String id, String name) {
  }

  record Objection(Named state, Optional<String> reason, Instant objectedAt) {
  }
}
