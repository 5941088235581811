package org.plenary.capacity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The offers side by side in arrays, so that a pass over every offer for every need reads memory in
 * order and allocates nothing but the entries of the best list. An offer without capacity left shares
 * no language with anyone.
 */
final class OfferColumns {

  private final List<OfferProfile> offers;
  private final long[] languages;
  private final long[] areas;
  private final int[] organizations;
  private final int[] groups;
  private final boolean[] namesStates;
  private final int[] modalities;
  private final int[] starts;
  private final int[] ends;
  private final double[] capacityShares;
  private final long[] idHighs;
  private final long[] idLows;
  private final Map<Masks, int[]> candidates = new ConcurrentHashMap<>();

  /** What needs with the same language and area bits share: the offers that might match them. */
  private record Masks(long languages, long areas) {
  }

  OfferColumns(List<OfferProfile> unordered) {
    int n = unordered.size();
    this.offers = unordered.stream().sorted((a, b) -> Scored.compareIds(a.id(), b.id())).toList();
    languages = new long[n];
    areas = new long[n];
    organizations = new int[n];
    groups = new int[n];
    namesStates = new boolean[n];
    modalities = new int[n];
    starts = new int[n];
    ends = new int[n];
    capacityShares = new double[n];
    idHighs = new long[n];
    idLows = new long[n];
    for (int i = 0; i < n; i++) {
      OfferProfile offer = offers.get(i);
      languages[i] = offer.remaining() > 0 ? offer.languages().mask() : 0;
      areas[i] = offer.areas().mask();
      organizations[i] = offer.organization();
      groups[i] = offer.groups();
      namesStates[i] = !offer.states().isEmpty();
      modalities[i] = offer.modalities();
      starts[i] = offer.startDay();
      ends[i] = offer.endDay();
      capacityShares[i] = MatchScorer.capacity(offer);
      idHighs[i] = offer.id().getMostSignificantBits();
      idLows[i] = offer.id().getLeastSignificantBits();
    }
  }

  /**
   * The offers, in id order, that share a language bit and an area bit with these masks: worked out once
   * for all the needs with the same bits, which are many, so that each need passes over its candidates
   * only.
   */
  private int[] candidates(long needLanguages, long needAreas) {
    return candidates.computeIfAbsent(new Masks(needLanguages, needAreas), masks -> IntStream.range(0, languages.length)
        .filter(i -> (languages[i] & needLanguages) != 0 && (areas[i] & needAreas) != 0).toArray());
  }

  List<Scored<OfferProfile>> best(NeedProfile need, int k) {
    TopK top = new TopK(k);
    long needLanguages = need.languages().mask();
    long needAreas = need.areas().mask();
    double areaUnit = MatchScorer.unit(need.areas().size());
    double languageUnit = MatchScorer.unit(need.languages().size());
    double dayUnit = MatchScorer.unit(MatchScorer.days(need));
    for (int i : candidates(needLanguages, needAreas)) {
      long commonLanguages = languages[i] & needLanguages;
      long commonAreas = areas[i] & needAreas;
      if (organizations[i] == need.organization()) {
        continue;
      }
      int sharedLanguages = TermSet.sharedBits(commonLanguages);
      int sharedAreas = TermSet.sharedBits(commonAreas);
      if (sharedLanguages < 0 || sharedAreas < 0) {
        sharedLanguages = need.languages().shared(offers.get(i).languages());
        sharedAreas = need.areas().shared(offers.get(i).areas());
        if (sharedLanguages == 0 || sharedAreas == 0) {
          continue;
        }
      }
      double area = MatchScorer.share(sharedAreas, areaUnit);
      double language = MatchScorer.share(sharedLanguages, languageUnit);
      double modality = MatchScorer.modality(need.modalities(), modalities[i]);
      if (!top.mightEnter(10 * MatchScorer.upperBound(area, language, modality))) {
        continue;
      }
      boolean stateServed = namesStates[i] && need.states().shared(offers.get(i).states()) > 0;
      long tenths = MatchScorer.tenths(area, language,
          MatchScorer.region(stateServed, need.groups(), groups[i], namesStates[i]), modality,
          MatchScorer.share(MatchScorer.overlapDays(need, starts[i], ends[i]), dayUnit), capacityShares[i]);
      if (top.enters(tenths)) {
        top.add(tenths, idHighs[i], idLows[i], i);
      }
    }
    List<Scored<OfferProfile>> ranked = new ArrayList<>(top.size());
    for (int rank = 0; rank < top.size(); rank++) {
      OfferProfile offer = offers.get(top.candidate(rank));
      ranked.add(new Scored<>(offer, offer.id(), top.score(rank)));
    }
    return ranked;
  }
}
