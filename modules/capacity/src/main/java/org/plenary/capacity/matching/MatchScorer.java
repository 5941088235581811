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
  private static final MatchPart[] PARTS = MatchPart.values();

  private MatchScorer() {
  }

  public static boolean eligible(NeedProfile need, OfferProfile offer) {
    return Vocabulary.shared(need.languages(), offer.languages()) > 0
        && Vocabulary.shared(need.areas(), offer.areas()) > 0
        && offer.remaining() > 0
        && !need.stateId().equals(offer.organizationId());
  }

  /** The score of an eligible pair, rounded to one decimal as it is shown and ranked. */
  public static double score(NeedProfile need, OfferProfile offer) {
    double sum = 0;
    for (MatchPart part : PARTS) {
      sum += part.weight() * value(part, need, offer);
    }
    return Math.round(sum * 10) / 10.0;
  }

  public static double value(MatchPart part, NeedProfile need, OfferProfile offer) {
    return switch (part) {
      case AREA -> share(Vocabulary.shared(need.areas(), offer.areas()), need.areas().length);
      case LANGUAGE -> share(Vocabulary.shared(need.languages(), offer.languages()), need.languages().length);
      case REGION -> region(need, offer);
      case MODALITY -> modality(need.modalities(), offer.modalities());
      case TIMEFRAME -> share(overlapDays(need, offer), need.endDay() - need.startDay() + 1);
      case CAPACITY -> offer.capacity() <= 0 ? 0 : share(Math.max(0, offer.remaining()), offer.capacity());
    };
  }

  static double region(NeedProfile need, OfferProfile offer) {
    if (Vocabulary.shared(need.states(), offer.states()) > 0) {
      return STATE_SERVED;
    }
    if ((need.groups() & offer.groups()) != 0) {
      return GROUP_SERVED;
    }
    return offer.worldwide() ? EVERY_REGION : 0;
  }

  /** Hybrid delivery is part in person, part remote: half a fit for a side that accepts only one of them. */
  static double modality(int needs, int offers) {
    if ((needs & offers) != 0) {
      return 1;
    }
    int hybrid = Modality.HYBRID.bit();
    boolean oneSideHybrid = (needs & hybrid) != 0 || (offers & hybrid) != 0;
    return oneSideHybrid && ((needs | offers) & ~hybrid) != 0 ? HYBRID_HALF : 0;
  }

  static int overlapDays(NeedProfile need, OfferProfile offer) {
    return Math.max(0, Math.min(need.endDay(), offer.endDay()) - Math.max(need.startDay(), offer.startDay()) + 1);
  }

  private static double share(int part, int whole) {
    return whole <= 0 ? 0 : Math.min(1.0, (double) part / whole);
  }
}
