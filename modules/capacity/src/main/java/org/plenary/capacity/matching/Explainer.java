package org.plenary.capacity.matching;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
  public JsonObject explain(NeedProfile need, OfferProfile offer, String stateName) {
    List<String> excludedBy = exclusions(need, offer);
    JsonArray parts = new JsonArray();
    for (MatchPart part : MatchPart.values()) {
      double value = MatchScorer.value(part, need, offer);
      JsonObject json = new JsonObject().put("part", part.wire()).put("weight", part.weight())
          .put("value", Math.round(value * 1000) / 1000.0).put("points", Math.round(part.weight() * value * 10) / 10.0);
      parts.add(describe(part, value, need, offer, stateName, json));
    }
    return new JsonObject()
        .put("score", excludedBy.isEmpty() ? MatchScorer.score(need, offer) : 0.0)
        .put("eligible", excludedBy.isEmpty())
        .put("excludedBy", new JsonArray(excludedBy))
        .put("parts", parts);
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

  private JsonObject describe(MatchPart part, double value, NeedProfile need, OfferProfile offer, String stateName,
                              JsonObject json) {
    return switch (part) {
      case AREA -> area(need, offer, json);
      case LANGUAGE -> language(need, offer, json);
      case REGION -> region(value, need, offer, stateName, json);
      case MODALITY -> modality(value, need, offer, json);
      case TIMEFRAME -> timeframe(value, need, offer, json);
      case CAPACITY -> json.put("reason", offer.remaining() > 0 ? "available" : "full")
          .put("remaining", Math.max(0, offer.remaining())).put("capacity", offer.capacity())
          .put("detail", Math.max(0, offer.remaining()) + " of " + offer.capacity() + " engagements still available.");
    };
  }

  private JsonObject area(NeedProfile need, OfferProfile offer, JsonObject json) {
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
    return json.put("reason", reason).put("shared", new JsonArray(shared)).put("missing", new JsonArray(missing))
        .put("detail", detail);
  }

  private JsonObject language(NeedProfile need, OfferProfile offer, JsonObject json) {
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
    return json.put("reason", reason).put("shared", new JsonArray(shared)).put("required", new JsonArray(required))
        .put("offered", new JsonArray(given)).put("detail", detail);
  }

  private JsonObject region(double value, NeedProfile need, OfferProfile offer, String stateName, JsonObject json) {
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
    return json.put("reason", reason).put("served", new JsonArray(served)).put("detail", detail);
  }

  private static JsonObject modality(double value, NeedProfile need, OfferProfile offer, JsonObject json) {
    List<String> accepted = Profiles.modalities(need.modalities());
    List<String> offered = Profiles.modalities(offer.modalities());
    List<String> shared = Profiles.modalities(need.modalities() & offer.modalities());
    String reason = value == 1 ? "compatible" : value > 0 ? "partly-compatible" : "incompatible";
    String detail = value == 1 ? "Delivered " + String.join(" or ", shared) + ", which the need accepts."
        : "Delivered " + String.join(" or ", offered) + "; the need accepts " + String.join(" or ", accepted)
            + (value > 0 ? ": hybrid delivery half fits." : ".");
    return json.put("reason", reason).put("accepted", new JsonArray(accepted)).put("offered", new JsonArray(offered))
        .put("detail", detail);
  }

  private static JsonObject timeframe(double value, NeedProfile need, OfferProfile offer, JsonObject json) {
    int overlap = MatchScorer.overlapDays(need, offer.startDay(), offer.endDay());
    int needDays = need.endDay() - need.startDay() + 1;
    String reason = value >= 1 ? "full" : overlap > 0 ? "partial" : "none";
    String detail = overlap == 0 ? "Available outside the need's timeframe."
        : "Available for " + overlap + " of the " + needDays + " days of the need's timeframe.";
    return json.put("reason", reason).put("overlapDays", overlap).put("needDays", needDays).put("detail", detail);
  }

  private String labels(List<String> areas) {
    return areas.stream().map(id -> areaLabels.getOrDefault(id, id)).collect(Collectors.joining(", "));
  }
}
