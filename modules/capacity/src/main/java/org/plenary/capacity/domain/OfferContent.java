package org.plenary.capacity.domain;

import java.util.List;

/** What a provider writes in an offer; no {@code regions} means it serves every region. */
public record OfferContent(
    String title,
    String description,
    List<String> areas,
    List<String> regions,
    List<String> languages,
    List<Modality> modalities,
    Timeframe timeframe,
    int capacity,
    ListingStatus status) {
}
