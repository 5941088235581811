package org.plenary.bench.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.plenary.capacity.domain.ListingStatus;
import org.plenary.capacity.domain.Modality;
import org.plenary.capacity.domain.NeedContent;
import org.plenary.capacity.domain.OfferContent;
import org.plenary.capacity.domain.Timeframe;
import org.plenary.capacity.domain.Visibility;

/**
 * Realistic needs and offers, deterministic from a seed: areas weighted as in capacity-building practice
 * (CERTs and strategies most asked for), languages by regional group (English, then French, Spanish,
 * Arabic, Russian, Portuguese, Chinese), most offers open to every region, timeframes over three years.
 */
final class Dataset {

  record State(String id, String group) {
  }

  private static final String[] AREAS = {"incident-management-certs", "strategy-assessments", "skills-workforce",
      "critical-infrastructure", "cybercrime-legislation", "norms-cbms-diplomacy", "international-law",
      "technical-tooling"};
  private static final double[] AREA_WEIGHTS = {20, 15, 15, 12, 12, 10, 8, 8};
  private static final String[] GROUPS = {"african", "asia-pacific", "eastern-european", "latin-american-caribbean",
      "western-european-others"};
  private static final Map<String, String[]> LANGUAGES = Map.of(
      "african", new String[] {"en", "fr", "ar", "pt", "sw"},
      "asia-pacific", new String[] {"en", "ar", "zh", "id", "fr"},
      "eastern-european", new String[] {"ru", "en", "fr", "ar", "es"},
      "latin-american-caribbean", new String[] {"es", "en", "pt", "fr", "ar"},
      "western-european-others", new String[] {"en", "fr", "es", "ar", "ru"});
  private static final double[] FIRST_LANGUAGE_WEIGHTS = {55, 25, 10, 6, 4};
  private static final String[] OFFER_LANGUAGES = {"en", "fr", "es", "ar", "ru", "pt", "zh"};
  private static final double[] OFFER_LANGUAGE_CHANCE = {0.8, 0.3, 0.2, 0.1, 0.1, 0.05, 0.05};

  private final Random random;
  private final List<State> states;
  private final LocalDate today;

  Dataset(long seed, List<State> states, LocalDate today) {
    this.random = new Random(seed);
    this.states = states;
    this.today = today;
  }

  String anyOf(List<String> ids) {
    return ids.get(random.nextInt(ids.size()));
  }

  /** One in ten offers is closed. */
  boolean closes() {
    return random.nextInt(10) == 0;
  }

  State anyState() {
    return states.get(random.nextInt(states.size()));
  }

  NeedContent need(State state) {
    String[] languages = LANGUAGES.get(state.group());
    Set<String> chosen = new LinkedHashSet<>(List.of(languages[weighted(FIRST_LANGUAGE_WEIGHTS)]));
    if (random.nextDouble() < 0.4) {
      chosen.add("en");
    }
    List<String> regions = new ArrayList<>(List.of(state.id()));
    if (random.nextDouble() < 0.1) {
      regions.add(state.group());
    }
    if (random.nextDouble() < 0.05) {
      regions.add(anyState().id());
    }
    Set<String> matchGroups = new LinkedHashSet<>(List.of(state.group()));
    List<String> matchStates = regions.stream().filter(r -> r.length() == 3).toList();
    matchStates.forEach(id -> states.stream().filter(s -> s.id().equals(id)).findFirst()
        .ifPresent(s -> matchGroups.add(s.group())));
    return new NeedContent("Need " + random.nextInt(1_000_000), "A capacity-building need.", areas(1, 3), regions,
        matchStates, List.copyOf(matchGroups), List.copyOf(chosen), modalities(), timeframe(0, 24, 3, 24),
        random.nextDouble() < 0.8 ? Visibility.PUBLIC : Visibility.STATES_AND_PROVIDERS, ListingStatus.OPEN);
  }

  OfferContent offer() {
    Set<String> languages = new LinkedHashSet<>();
    for (int i = 0; i < OFFER_LANGUAGES.length; i++) {
      if (random.nextDouble() < OFFER_LANGUAGE_CHANCE[i]) {
        languages.add(OFFER_LANGUAGES[i]);
      }
    }
    if (languages.isEmpty()) {
      languages.add(OFFER_LANGUAGES[random.nextInt(OFFER_LANGUAGES.length)]);
    }
    List<String> regions = new ArrayList<>();
    double kind = random.nextDouble();
    if (kind < 0.35) {
      regions.add(GROUPS[random.nextInt(4)]);
      if (random.nextBoolean()) {
        regions.add(GROUPS[random.nextInt(4)]);
      }
    } else if (kind < 0.5) {
      for (int i = 0; i < 1 + random.nextInt(4); i++) {
        regions.add(anyState().id());
      }
    }
    return new OfferContent("Offer " + random.nextInt(1_000_000), "A capacity-building offer.", areas(1, 4),
        regions.stream().distinct().toList(), List.copyOf(languages), modalities(), timeframe(-12, 12, 6, 36),
        1 + random.nextInt(20), ListingStatus.OPEN);
  }

  private List<String> areas(int min, int max) {
    Set<String> areas = new LinkedHashSet<>();
    int count = min + random.nextInt(max - min + 1);
    while (areas.size() < count) {
      areas.add(AREAS[weighted(AREA_WEIGHTS)]);
    }
    return List.copyOf(areas);
  }

  private List<Modality> modalities() {
    List<Modality> all = new ArrayList<>(List.of(Modality.values()));
    java.util.Collections.shuffle(all, random);
    return List.copyOf(all.subList(0, 1 + random.nextInt(3)));
  }

  private Timeframe timeframe(int fromMonth, int toMonth, int minMonths, int maxMonths) {
    LocalDate start = today.withDayOfMonth(1).plusMonths(fromMonth + random.nextInt(toMonth - fromMonth + 1));
    return new Timeframe(start, start.plusMonths(minMonths + random.nextInt(maxMonths - minMonths + 1)).minusDays(1));
  }

  private int weighted(double[] weights) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double pick = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      pick -= weights[i];
      if (pick < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
