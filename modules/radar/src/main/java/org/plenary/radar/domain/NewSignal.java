package org.plenary.radar.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A signal as proposed: norms are the forum's tags ({@code norm-a} ... {@code norm-k}). */
public record NewSignal(String title, String description, SignalCategory category, List<String> norms,
                        Horizon horizon, List<String> sources, Optional<UUID> threadId) {
}
