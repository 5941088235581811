package org.plenary.capacity.matching;

import java.util.UUID;

/**
 * What matching knows of a need: the requesting State (its id, and interned as {@code organization}),
 * areas, languages and beneficiary States as term sets, regional groups and modalities as bits, the
 * timeframe as epoch days.
 */
public record NeedProfile(
    UUID id,
    String stateId,
    int organization,
    TermSet areas,
    TermSet languages,
    TermSet states,
    int groups,
    int modalities,
    int startDay,
    int endDay) {
}
