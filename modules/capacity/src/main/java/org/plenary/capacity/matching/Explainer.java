package org.plenary.capacity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.plenary.capacity.matching.Explanation.AreaFacts;
import org.plenary.capacity.matching.Explanation.CapacityFacts;
import org.plenary.capacity.matching.Explanation.LanguageFacts;
import org.plenary.capacity.matching.Explanation.ModalityFacts;
import org.plenary.capacity.matching.Explanation.Part;
import org.plenary.capacity.matching.Explanation.RegionFacts;
import org.plenary.capacity.matching.Explanation.TimeframeFacts;

/**
 * Says why a pair scores what it scores: each part with its weight, value and points, a reason code a
 * client can translate, the facts behind it, and an English sentence.
 */
public final class Explainer {

  private static final Map<String, String> GROUP_NAMES = Map.of(
      "african", "African States",
      "asia-pacific", "Asia-Pacific States",
      "eastern-european", "Eastern European States",
      "latin-american-caribbean", "Latin American and Caribbean States",
      "western-european-others", "Western European and other States");

  private final Profiles profiles;
  private final Map<String, String> areaLabels;

  public Explainer(Profiles profiles, Map<String, String> areaLabels) {
    this.profiles = profiles;
    this.areaLabels = areaLabels;
  }

  /** The score, whether the pair is eligible (and if not, which rules exclude it), and every part. */
  public Explanation explain(NeedProfile need, OfferProfile offer, String stateName) {
    List<String> excludedBy = exclusions(need, offer);
    List<Part> parts = new ArrayList<>();
    for (MatchPart part : MatchPart.values()) {
      double value = MatchScorer.value(part, need, offer);
      parts.add(describe(part, value, need, offer, stateName, new Scale(Math.round(value * 1000) / 1000.0,
          Math.round(part.weight() * value * 10) / 10.0)));
    }
    return new Explanation(excludedBy.isEmpty() ? MatchScorer.score(need, offer) : 0.0, excludedBy.isEmpty(),
        excludedBy, List.copyOf(parts));
  }

  /** A part's value and points, rounded as shown. */
  private record Scale(double value, double points) {
  }

  /** The codes of the rules that exclude the pair: language, area, capacity, same-organization. */
  public static List<String> exclusions(NeedProfile need, OfferProfile offer) {
    List<String> rules = new ArrayList<>();
    if (need.languages().shared(offer.languages()) == 0) {
      rules.add("language");
    }
    if (need.areas().shared(offer.areas()) == 0) {
      rules.add("area");
    }
    if (offer.remaining() <= 0) {
      rules.add("capacity");
    }
    if (need.organization() == offer.organization()) {
      rules.add("same-organization");
    }
    return rules;
  }

  private Part describe(MatchPart part, double value, NeedProfile need, OfferProfile offer, String stateName,
                        Scale scale) {
    return switch (part) {
      case AREA -> area(need, offer, scale);
      case LANGUAGE -> language(need, offer, scale);
      case REGION -> region(value, need, offer, stateName, scale);
      case MODALITY -> modality(value, need, offer, scale);
      case TIMEFRAME -> timeframe(value, need, offer, scale);
      case CAPACITY -> new Part(part, scale.value(), scale.points(), offer.remaining() > 0 ? "available" : "full",
          new CapacityFacts(Math.max(0, offer.remaining()), offer.capacity()),
          Math.max(0, offer.remaining()) + " of " + offer.capacity() + " engagements still available.");
    };
  }

  private Part area(NeedProfile need, OfferProfile offer, Scale scale) {
    Terms areas = profiles.areas();
    List<String> shared = areas.names(need.areas().intersection(offer.areas()));
    List<String> missing = areas.names(need.areas().difference(offer.areas()));
    String reason = shared.isEmpty() ? "none-covered" : missing.isEmpty() ? "all-covered" : "some-covered";
    String detail;
    if (shared.isEmpty()) {
      detail = "Covers none of the need's areas (" + labels(missing) + ").";
    } else if (missing.isEmpty()) {
      detail = (shared.size() == 1 ? "Covers the need's area: " : "Covers all " + shared.size() + " of the need's areas: ")
          + labels(shared) + ".";
    } else {
      detail = "Covers " + shared.size() + " of the need's " + need.areas().size() + " areas: " + labels(shared)
          + "; not " + labels(missing) + ".";
    }
    return new Part(MatchPart.AREA, scale.value(), scale.points(), reason, new AreaFacts(shared, missing), detail);
  }

  private Part language(NeedProfile need, OfferProfile offer, Scale scale) {
    Terms languages = profiles.languages();
    List<String> shared = languages.names(need.languages().intersection(offer.languages()));
    List<String> required = languages.names(need.languages().ids());
    List<String> given = languages.names(offer.languages().ids());
    String reason = shared.isEmpty() ? "none-shared" : shared.size() == required.size() ? "all-shared" : "some-shared";
    String detail;
    if (shared.isEmpty()) {
      detail = "Given in " + String.join(", ", given) + " only; the need requires " + String.join(" or ", required)
          + ": excluded by the language rule.";
    } else if (shared.size() == required.size()) {
      detail = "Given in " + String.join(" and ", shared) + (required.size() == 1 ? ", the need's language."
          : ", all the need's languages.");
    } else {
      detail = "Given in " + String.join(" and ", shared) + ", of the need's " + String.join(" or ", required) + ".";
    }
    return new Part(MatchPart.LANGUAGE, scale.value(), scale.points(), reason,
        new LanguageFacts(shared, required, given), detail);
  }

  private Part region(double value, NeedProfile need, OfferProfile offer, String stateName, Scale scale) {
    List<String> served = new ArrayList<>(profiles.states().names(offer.states().ids()));
    served.addAll(Profiles.groups(offer.groups()));
    String groups = Profiles.groups(need.groups()).stream().map(GROUP_NAMES::get).collect(Collectors.joining(", "));
    String reason;
    String detail;
    if (value == MatchScorer.STATE_SERVED) {
      reason = "state-served";
      detail = "Serves " + String.join(", ", profiles.states().names(need.states().intersection(offer.states())))
          + " by name.";
    } else if (value == MatchScorer.GROUP_SERVED) {
      reason = "group-served";
      detail = "Serves the " + Profiles.groups(need.groups() & offer.groups()).stream().map(GROUP_NAMES::get)
          .collect(Collectors.joining(", ")) + ", the regional group of " + stateName + ".";
    } else if (value == MatchScorer.EVERY_REGION) {
      reason = "every-region";
      detail = "Serves every region.";
    } else {
      reason = "not-served";
      detail = "Serves " + String.join(", ", served) + ", not " + stateName + " or the " + groups + ".";
    }
    return new Part(MatchPart.REGION, scale.value(), scale.points(), reason, new RegionFacts(served), detail);
  }

  private static Part modality(double value, NeedProfile need, OfferProfile offer, Scale scale) {
    List<String> accepted = Profiles.modalities(need.modalities());
    List<String> offered = Profiles.modalities(offer.modalities());
    List<String> shared = Profiles.modalities(need.modalities() & offer.modalities());
    String reason = value == 1 ? "compatible" : value > 0 ? "partly-compatible" : "incompatible";
    String detail = value == 1 ? "Delivered " + String.join(" or ", shared) + ", which the need accepts."
        : "Delivered " + String.join(" or ", offered) + "; the need accepts " + String.join(" or ", accepted)
            + (value > 0 ? ": hybrid delivery half fits." : ".");
    return new Part(MatchPart.MODALITY, scale.value(), scale.points(), reason, new ModalityFacts(accepted, offered),
        detail);
  }

  private static Part timeframe(double value, NeedProfile need, OfferProfile offer, Scale scale) {
    int overlap = MatchScorer.overlapDays(need, offer.startDay(), offer.endDay());
    int needDays = need.endDay() - need.startDay() + 1;
    String reason = value >= 1 ? "full" : overlap > 0 ? "partial" : "none";
    String detail = overlap == 0 ? "Available outside the need's timeframe."
        : "Available for " + overlap + " of the " + needDays + " days of the need's timeframe.";
    return new Part(MatchPart.TIMEFRAME, scale.value(), scale.points(), reason, new TimeframeFacts(overlap, needDays),
        detail);
  }

  private String labels(List<String> areas) {
    return areas.stream().map(id -> areaLabels.getOrDefault(id, id)).collect(Collectors.joining(", "));
  }
}
