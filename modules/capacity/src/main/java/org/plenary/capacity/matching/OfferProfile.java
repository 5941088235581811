package org.plenary.capacity.matching;

import java.util.UUID;

/** What matching knows of an offer; no served States and no groups means it serves every region. */
public record OfferProfile(
    UUID id,
    String organizationId,
    int organization,
    TermSet areas,
    TermSet languages,
    TermSet states,
    int groups,
    int modalities,
    int startDay,
    int endDay,
    int capacity,
    int committed) {

  public boolean worldwide() {
    return states.isEmpty() && groups == 0;
  }

  public int remaining() {
    return capacity - committed;
  }
}
