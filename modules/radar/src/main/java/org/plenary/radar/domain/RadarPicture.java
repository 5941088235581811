package org.plenary.radar.domain;

import java.util.List;
import java.util.Optional;

/**
 * The radar of a round: each signal's figures, and the signal on which States and stakeholders differ most (none
 * when no signal shows both).
 */
public record RadarPicture(Round round, Optional<Round> previous, List<SignalFigures> signals,
                           Optional<SignalFigures> mostDisputed) {
}
