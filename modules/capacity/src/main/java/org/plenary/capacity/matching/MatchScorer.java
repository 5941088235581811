package org.plenary.capacity.matching;

import org.plenary.capacity.domain.Modality;

/**
 * Scores a need against an offer, 0 to 100: the weighted sum of each {@link MatchPart}'s value (0 to 1).
 * A pair is eligible only if the offer is given in one of the need's languages (the need's hard rule),
 * covers one of its areas, still has capacity, and comes from another organization than the requesting
 * State. Allocation-free, so that every need can be scored against every offer.
 */
public final class MatchScorer {

  static final double STATE_SERVED = 1.0;
  static final double GROUP_SERVED = 0.8;
  static final double EVERY_REGION = 0.6;
  static final double HYBRID_HALF = 0.5;
  private static final int HYBRID = Modality.HYBRID.bit();

  private MatchScorer() {
  }

  public static boolean eligible(NeedProfile need, OfferProfile offer) {
    return offer.remaining() > 0 && need.organization() != offer.organization()
        && need.languages().shared(offer.languages()) > 0 && need.areas().shared(offer.areas()) > 0;
  }

  /** The score of an eligible pair, rounded to one decimal as it is shown and ranked. */
  public static double score(NeedProfile need, OfferProfile offer) {
    return tenths(value(MatchPart.AREA, need, offer),
        value(MatchPart.LANGUAGE, need, offer), value(MatchPart.REGION, need, offer),
        value(MatchPart.MODALITY, need, offer), value(MatchPart.TIMEFRAME, need, offer),
        value(MatchPart.CAPACITY, need, offer)) / 10.0;
  }

  /**
   * No less than the score of a pair with these area, language and modality values, whatever its
   * region, timeframe and capacity: when even that cannot beat a ranking's last place, the pair need not
   * be scored.
   */
  static double upperBound(double area, double language, double modality) {
    return MatchPart.AREA.weight() * area + MatchPart.LANGUAGE.weight() * language
        + MatchPart.MODALITY.weight() * modality + MatchPart.REGION.weight() + MatchPart.TIMEFRAME.weight()
        + MatchPart.CAPACITY.weight();
  }

  /** The score in tenths from the parts' values: the one formula every ranking uses. */
  static long tenths(double area, double language, double region, double modality, double timeframe,
                     double capacity) {
    return Math.round(10 * (MatchPart.AREA.weight() * area + MatchPart.LANGUAGE.weight() * language
        + MatchPart.REGION.weight() * region + MatchPart.MODALITY.weight() * modality
        + MatchPart.TIMEFRAME.weight() * timeframe + MatchPart.CAPACITY.weight() * capacity));
  }

  public static double value(MatchPart part, NeedProfile need, OfferProfile offer) {
    return switch (part) {
      case AREA -> share(need.areas().shared(offer.areas()), unit(need.areas().size()));
      case LANGUAGE -> share(need.languages().shared(offer.languages()), unit(need.languages().size()));
      case REGION -> region(need, offer);
      case MODALITY -> modality(need.modalities(), offer.modalities());
      case TIMEFRAME -> share(overlapDays(need, offer.startDay(), offer.endDay()), unit(days(need)));
      case CAPACITY -> capacity(offer);
    };
  }

  static double region(NeedProfile need, OfferProfile offer) {
    boolean namesStates = !offer.states().isEmpty();
    return region(namesStates && need.states().shared(offer.states()) > 0, need.groups(), offer.groups(), namesStates);
  }

  /** A need's State served by name, else through its regional group, else by an offer for every region. */
  static double region(boolean stateServed, int needGroups, int offerGroups, boolean offerNamesStates) {
    if (stateServed) {
      return STATE_SERVED;
    }
    if ((needGroups & offerGroups) != 0) {
      return GROUP_SERVED;
    }
    return offerGroups == 0 && !offerNamesStates ? EVERY_REGION : 0;
  }

  /** Hybrid delivery is part in person, part remote: half a fit for a side that accepts only one of them. */
  static double modality(int needs, int offers) {
    if ((needs & offers) != 0) {
      return 1;
    }
    boolean oneSideHybrid = ((needs | offers) & HYBRID) != 0;
    return oneSideHybrid && ((needs | offers) & ~HYBRID) != 0 ? HYBRID_HALF : 0;
  }

  static double capacity(OfferProfile offer) {
    return share(Math.max(0, offer.remaining()), unit(offer.capacity()));
  }

  static int days(NeedProfile need) {
    return need.endDay() - need.startDay() + 1;
  }

  static int overlapDays(NeedProfile need, int offerStart, int offerEnd) {
    return Math.max(0, Math.min(need.endDay(), offerEnd) - Math.max(need.startDay(), offerStart) + 1);
  }

  /** The share one of {@code whole} things make; multiplied, not divided, so that a ranking pass can reuse it. */
  static double unit(int whole) {
    return whole <= 0 ? 0 : 1.0 / whole;
  }

  /** Never more than 1: a part never exceeds its whole (shared areas, overlapping days, remaining engagements). */
  static double share(int part, double unit) {
    return part * unit;
  }
}
