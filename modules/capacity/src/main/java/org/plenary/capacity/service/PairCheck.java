package org.plenary.capacity.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.plenary.capacity.domain.Need;
import org.plenary.capacity.domain.Offer;
import org.plenary.capacity.matching.Explainer;
import org.plenary.capacity.matching.Explanation;
import org.plenary.capacity.matching.MatchScorer;
import org.plenary.capacity.matching.NeedProfile;
import org.plenary.capacity.matching.OfferProfile;
import org.plenary.capacity.matching.Profiles;
import org.plenary.platform.failure.Failure;

/**
 * One need and one offer: the rules that exclude the pair (the scorer's and the listings' own: closed or
 * ended), its explained score, and the check that interest is expressed only in eligible pairs.
 */
public final class PairCheck {

  private static final Map<String, String> REASONS = Map.of(
      "language", "the offer is not given in any of the need's languages (the language rule)",
      "area", "the offer covers none of the need's areas",
      "capacity", "the offer's engagements are all agreed",
      "same-organization", "an organization does not engage with itself",
      "need-closed", "the need is closed",
      "offer-closed", "the offer is closed",
      "need-ended", "the need's timeframe has ended",
      "offer-ended", "the offer's timeframe has ended");

  private final Profiles profiles;

  public PairCheck(Profiles profiles) {
    this.profiles = profiles;
  }

  /** The pair's explanation, with every rule that excludes it in {@code excludedBy}. */
  public Explanation explain(Need need, Offer offer, Instant now, Map<String, String> areaLabels) {
    return new Explainer(profiles, areaLabels).explain(profiles.need(need), profiles.offer(offer), need.state().name())
        .judged(exclusions(need, offer, now));
  }

  /** The pair's score, or a 409 naming each rule that excludes it. */
  public double requireEligible(Need need, Offer offer, Instant now) {
    List<String> excludedBy = exclusions(need, offer, now);
    if (!excludedBy.isEmpty()) {
      throw Failure.conflict("not-a-match", "This offer cannot serve this need",
          "Interest is expressed only in pairs that match: " + excludedBy.stream().map(REASONS::get)
              .collect(Collectors.joining("; ")) + ".",
          Map.of("excludedBy", List.copyOf(excludedBy)));
    }
    return MatchScorer.score(profiles.need(need), profiles.offer(offer));
  }

  private List<String> exclusions(Need need, Offer offer, Instant now) {
    NeedProfile needProfile = profiles.need(need);
    OfferProfile offerProfile = profiles.offer(offer);
    List<String> rules = new ArrayList<>(Explainer.exclusions(needProfile, offerProfile));
    LocalDate today = Matcher.today(now);
    if (!need.isOpen()) {
      rules.add("need-closed");
    }
    if (!offer.isOpen()) {
      rules.add("offer-closed");
    }
    if (need.content().timeframe().endsOn().isBefore(today)) {
      rules.add("need-ended");
    }
    if (offer.content().timeframe().endsOn().isBefore(today)) {
      rules.add("offer-ended");
    }
    return rules;
  }
}
