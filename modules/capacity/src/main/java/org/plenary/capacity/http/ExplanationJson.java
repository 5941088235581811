package org.plenary.capacity.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.plenary.capacity.matching.Explanation;
import org.plenary.capacity.matching.Explanation.AreaFacts;
import org.plenary.capacity.matching.Explanation.CapacityFacts;
import org.plenary.capacity.matching.Explanation.LanguageFacts;
import org.plenary.capacity.matching.Explanation.ModalityFacts;
import org.plenary.capacity.matching.Explanation.RegionFacts;
import org.plenary.capacity.matching.Explanation.TimeframeFacts;

/** A match's explanation as the API shows it: {@code {score, eligible, excludedBy, parts}}. */
public final class ExplanationJson {

  private ExplanationJson() {
  }

  public static JsonObject of(Explanation explanation) {
    return new JsonObject()
        .put("score", explanation.score())
        .put("eligible", explanation.eligible())
        .put("excludedBy", new JsonArray(explanation.excludedBy()))
        .put("parts", parts(explanation));
  }

  /** Each part: {@code part, weight, value, points, reason}, its facts, and {@code detail}. */
  static JsonArray parts(Explanation explanation) {
    JsonArray parts = new JsonArray();
    explanation.parts().forEach(part -> parts.add(facts(part.facts(), new JsonObject().put("part", part.part().wire())
            .put("weight", part.part().weight()).put("value", part.value()).put("points", part.points())
            .put("reason", part.reason()))
        .put("detail", part.detail())));
    return parts;
  }

  private static JsonObject facts(Explanation.Facts facts, JsonObject json) {
    if (facts instanceof AreaFacts area) {
      return json.put("shared", new JsonArray(area.shared())).put("missing", new JsonArray(area.missing()));
    }
    if (facts instanceof LanguageFacts language) {
      return json.put("shared", new JsonArray(language.shared())).put("required", new JsonArray(language.required()))
          .put("offered", new JsonArray(language.offered()));
    }
    if (facts instanceof RegionFacts region) {
      return json.put("served", new JsonArray(region.served()));
    }
    if (facts instanceof ModalityFacts modality) {
      return json.put("accepted", new JsonArray(modality.accepted())).put("offered", new JsonArray(modality.offered()));
    }
    if (facts instanceof TimeframeFacts timeframe) {
      return json.put("overlapDays", timeframe.overlapDays()).put("needDays", timeframe.needDays());
    }
    CapacityFacts capacity = (CapacityFacts) facts;
    return json.put("remaining", capacity.remaining()).put("capacity", capacity.capacity());
  }
}
