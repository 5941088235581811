package org.plenary.capacity.matching;

import org.plenary.platform.wire.WireEnum;

/** The parts of a match score and their weights, which add up to 100. */
public enum MatchPart implements WireEnum {
  /** Share of the need's areas the offer covers. */
  AREA(35),
  /** Share of the need's languages the offer is given in; sharing none excludes the offer. */
  LANGUAGE(10),
  /** The need's States served by name, else their regional group, else every region. */
  REGION(20),
  /** The same modality on both sides, or half when only one side is hybrid. */
  MODALITY(15),
  /** Share of the need's timeframe within the offer's. */
  TIMEFRAME(15),
  /** Share of the offer's engagements still available. */
  CAPACITY(5);

  private final int weight;

  MatchPart(int weight) {
    this.weight = weight;
  }

  public int weight() {
    return weight;
  }
}
