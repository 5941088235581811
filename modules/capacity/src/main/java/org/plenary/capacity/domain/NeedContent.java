package org.plenary.capacity.domain;

import java.util.List;

/**
 * What a State writes in a need. {@code regions} are the beneficiaries as posted (the requesting State
 * always among them); {@code matchStates} and {@code matchGroups} are what matching compares: those
 * States, and their regional groups with any group listed.
 */
public record NeedContent(
    String title,
    String description,
    List<String> areas,
    List<String> regions,
    List<String> matchStates,
    List<String> matchGroups,
    List<String> languages,
    List<Modality> modalities,
    Timeframe timeframe,
    Visibility visibility,
    ListingStatus status) {
}
