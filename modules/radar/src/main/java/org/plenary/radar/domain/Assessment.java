package org.plenary.radar.domain;

import java.time.Instant;
import java.util.UUID;

/** One organization's rating of one signal in one round (1-5 each). */
public record Assessment(UUID roundId, UUID signalId, String organizationId, int likelihood, int impact,
                         Instant ratedAt) {
}
