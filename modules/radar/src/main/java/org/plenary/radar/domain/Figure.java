package org.plenary.radar.domain;

import java.util.List;
import java.util.Optional;

/**
 * The medians of one group of raters on one signal ({@code all}, a constituency, or a regional group). A group of
 * fewer than {@link #MIN_RATERS} organizations is not shown on its own: with one or two raters a median would tell
 * an organization's rating, so it carries neither its medians nor its count.
 */
public record Figure(String group, boolean shown, Optional<Integer> raters, Optional<Double> likelihood,
                     Optional<Double> impact, Optional<Double> likelihoodIqr, Optional<Double> impactIqr) {

  public static final int MIN_RATERS = 3;

  public static Figure of(String group, List<Rating> ratings) {
    if (ratings.size() < MIN_RATERS) {
      return new Figure(group, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty());
    }
    List<Integer> likelihoods = ratings.stream().map(Rating::likelihood).sorted().toList();
    List<Integer> impacts = ratings.stream().map(Rating::impact).sorted().toList();
    return new Figure(group, true, Optional.of(ratings.size()), Optional.of(Statistics.median(likelihoods)),
        Optional.of(Statistics.median(impacts)), Optional.of(Statistics.interquartileRange(likelihoods)),
        Optional.of(Statistics.interquartileRange(impacts)));
  }
}
