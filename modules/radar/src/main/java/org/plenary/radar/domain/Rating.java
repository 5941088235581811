package org.plenary.radar.domain;

import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.organizations.RegionalGroup;

/**
 * A rating as the radar aggregates it: counted with {@code signalId}, the surviving signal when the rated one was
 * merged. It never leaves the service: the radar shows medians only.
 */
public record Rating(UUID signalId, String organizationId, OrganizationKind kind, Optional<RegionalGroup> group,
                     int likelihood, int impact, boolean onSurvivor) {
}
