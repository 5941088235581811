package org.plenary.capacity.matching;

import java.util.UUID;

/**
 * What matching knows of a need: terms interned by a {@link Vocabulary} in sorted arrays, regional
 * groups and modalities as bit sets, the timeframe as epoch days.
 */
public record NeedProfile(
    UUID id,
    String stateId,
    int[] areas,
    int[] languages,
    int[] states,
    int groups,
    int modalities,
    int startDay,
    int endDay) {
}
