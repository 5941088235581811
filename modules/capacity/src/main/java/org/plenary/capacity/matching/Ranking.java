package org.plenary.capacity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** Ranks the eligible candidates of one need or one offer, or of every need at once. */
public final class Ranking {

  private Ranking() {
  }

  /** The eligible offers for {@code need}, best first. */
  public static List<Scored<OfferProfile>> offersFor(NeedProfile need, List<OfferProfile> offers) {
    return rank(offers, OfferProfile::id, offer -> MatchScorer.eligible(need, offer),
        offer -> MatchScorer.score(need, offer));
  }

  /** The eligible needs for {@code offer}, best first. */
  public static List<Scored<NeedProfile>> needsFor(OfferProfile offer, List<NeedProfile> needs) {
    return rank(needs, NeedProfile::id, need -> MatchScorer.eligible(need, offer),
        need -> MatchScorer.score(need, offer));
  }

  private static <P> List<Scored<P>> rank(List<P> candidates, Function<P, UUID> id, Predicate<P> eligible,
                                          ToDoubleFunction<P> score) {
    List<Scored<P>> ranked = new ArrayList<>();
    for (P candidate : candidates) {
      if (eligible.test(candidate)) {
        ranked.add(new Scored<>(candidate, id.apply(candidate), score.applyAsDouble(candidate)));
      }
    }
    ranked.sort(Scored.bestFirst());
    return ranked;
  }

  /** The best {@code k} offers of every need, computed on all cores: the full recompute. */
  public static Map<UUID, List<Scored<OfferProfile>>> bestOffersForAll(List<NeedProfile> needs,
                                                                        List<OfferProfile> offers, int k) {
    OfferColumns columns = new OfferColumns(offers);
    Map<UUID, List<Scored<OfferProfile>>> best = new ConcurrentHashMap<>();
    needs.parallelStream().forEach(need -> best.put(need.id(), columns.best(need, k)));
    return best;
  }
}
