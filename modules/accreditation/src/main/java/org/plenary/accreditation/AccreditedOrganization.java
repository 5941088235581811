package org.plenary.accreditation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An entry of the public list of accredited organizations.
 *
 * @param grant the latest application that accredited it; none for the organizations of the registry's data
 *     file, accredited before Plenary
 */
record AccreditedOrganization(String id, String kind, String name, Optional<Grant> grant) {

  record Grant(UUID applicationId, String website, Application.Named country, boolean ecosocStatus,
               Instant accreditedAt) {
  }
}
