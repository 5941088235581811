package org.plenary.radar.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.organizations.RegionalGroup;

/**
 * Turns the ratings of a round into the radar. Ratings of a merged signal count with the signal it was merged into,
 * one per organization: where an organization rated both, its rating of the surviving signal counts.
 */
public final class RadarAggregation {

  /** The constituencies the radar shows, in order; {@code stakeholders} is the three stakeholder kinds together. */
  public static final List<String> CONSTITUENCIES = List.of("states", "stakeholders", "private-sector", "academia",
      "civil-society", "intergovernmental");

  private RadarAggregation() {
  }

  public static RadarPicture picture(Round round, Optional<Round> previous, List<Signal> signals,
                                     List<Rating> ratings, List<Rating> previousRatings) {
    Map<UUID, List<Rating>> now = bySignal(ratings);
    Map<UUID, List<Rating>> before = bySignal(previousRatings);
    List<SignalFigures> figures = new ArrayList<>();
    for (Signal signal : signals) {
      List<Rating> mine = now.getOrDefault(signal.id(), List.of());
      Figure all = Figure.of("all", mine);
      List<Figure> constituencies = CONSTITUENCIES.stream()
          .map(c -> Figure.of(c, only(mine, constituency(c)))).toList();
      List<Figure> regions = java.util.Arrays.stream(RegionalGroup.values())
          .map(g -> Figure.of(g.wire(), only(mine, r -> r.kind() == OrganizationKind.STATE
              && r.group().filter(g::equals).isPresent()))).toList();
      Optional<SignalFigures.Gap> gap = gap(constituencies.get(0), constituencies.get(1));
      Figure earlier = Figure.of("all", before.getOrDefault(signal.id(), List.of()));
      Optional<SignalFigures.Movement> movement = all.shown() && earlier.shown() && previous.isPresent()
          ? Optional.of(new SignalFigures.Movement(all.likelihood().get() - earlier.likelihood().get(),
              all.impact().get() - earlier.impact().get()))
          : Optional.empty();
      figures.add(new SignalFigures(signal, all, constituencies, regions, gap, movement));
    }
    Optional<SignalFigures> disputed = figures.stream().filter(f -> f.statesVsStakeholders().isPresent())
        .max(Comparator.comparingDouble(f -> f.statesVsStakeholders().get().largest()));
    return new RadarPicture(round, previous, figures, disputed);
  }

  private static Optional<SignalFigures.Gap> gap(Figure states, Figure stakeholders) {
    if (!states.shown() || !stakeholders.shown()) {
      return Optional.empty();
    }
    return Optional.of(new SignalFigures.Gap(Math.abs(states.likelihood().get() - stakeholders.likelihood().get()),
        Math.abs(states.impact().get() - stakeholders.impact().get())));
  }

  private static Predicate<Rating> constituency(String name) {
    return switch (name) {
      case "states" -> r -> r.kind() == OrganizationKind.STATE;
      case "stakeholders" -> r -> r.kind().isStakeholder();
      default -> r -> r.kind() == OrganizationKind.fromWire(name);
    };
  }

  private static List<Rating> only(List<Rating> ratings, Predicate<Rating> which) {
    return ratings.stream().filter(which).toList();
  }

  /** One rating per organization per surviving signal, its rating of the survivor first. */
  private static Map<UUID, List<Rating>> bySignal(List<Rating> ratings) {
    Map<UUID, Map<String, Rating>> counted = new LinkedHashMap<>();
    for (Rating rating : ratings) {
      Map<String, Rating> ofSignal = counted.computeIfAbsent(rating.signalId(), id -> new LinkedHashMap<>());
      Rating already = ofSignal.get(rating.organizationId());
      if (already == null || (!already.onSurvivor() && rating.onSurvivor())) {
        ofSignal.put(rating.organizationId(), rating);
      }
    }
    return counted.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
        e -> List.copyOf(e.getValue().values())));
  }
}
