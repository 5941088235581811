package org.plenary.capacity.matching;

import java.util.List;

/**
 * Why a pair scores what it scores ({@link Explainer}): the score, whether the pair is eligible (and if not, the
 * codes of the rules that exclude it), and each part.
 */
public record Explanation(double score, boolean eligible, List<String> excludedBy, List<Part> parts) {

  /** The same parts, with the eligibility that more rules than the scorer's decided (see PairCheck). */
  public Explanation judged(List<String> allExcludedBy) {
    return new Explanation(allExcludedBy.isEmpty() ? score : 0.0, allExcludedBy.isEmpty(), allExcludedBy, parts);
  }

  /**
   * One part: its weight, value (0 to 1, to three decimals) and points (to one decimal), a reason code a client
   * can translate, the facts behind it, and an English sentence.
   */
  public record Part(MatchPart part, double value, double points, String reason, Facts facts, String detail) {
  }

  /** What a part's reason rests on; each part has its own. */
  public sealed interface Facts {
  }

  /** The need's areas the offer covers and those it does not, by label. */
  public record AreaFacts(List<String> shared, List<String> missing) implements Facts {
  }

  /** The languages both share, those the need requires and those the offer is given in. */
  public record LanguageFacts(List<String> shared, List<String> required, List<String> offered) implements Facts {
  }

  /** The States and regional groups the offer serves. */
  public record RegionFacts(List<String> served) implements Facts {
  }

  /** The modalities the need accepts and those the offer is delivered in. */
  public record ModalityFacts(List<String> accepted, List<String> offered) implements Facts {
  }

  /** How many days of the need's timeframe the offer covers, of how many. */
  public record TimeframeFacts(int overlapDays, int needDays) implements Facts {
  }

  /** The offer's engagements still available, of its capacity. */
  public record CapacityFacts(int remaining, int capacity) implements Facts {
  }
}
