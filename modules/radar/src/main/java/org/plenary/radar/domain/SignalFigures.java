package org.plenary.radar.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where one signal stands in a round: the medians of all raters, of each constituency and of each regional group of
 * States; how far States and stakeholders differ (absent unless both groups are shown); and the movement of the
 * medians of all raters since the previous round (absent unless both rounds show them).
 */
public record SignalFigures(Signal signal, Figure all, List<Figure> constituencies, List<Figure> regionalGroups,
                            Optional<Gap> statesVsStakeholders, Optional<Movement> movement) {

  /** |median of States - median of stakeholders|, and on which axis they differ most. */
  public record Gap(double likelihood, double impact) {

    public String widest() {
      return likelihood >= impact ? "likelihood" : "impact";
    }

    public double largest() {
      return Math.max(likelihood, impact);
    }
  }

  /** The medians now minus the medians of the previous round. */
  public record Movement(double likelihood, double impact) {
  }
}
