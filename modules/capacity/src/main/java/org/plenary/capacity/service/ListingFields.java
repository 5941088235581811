package org.plenary.capacity.service;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.plenary.capacity.domain.ListingStatus;
import org.plenary.capacity.domain.Modality;
import org.plenary.capacity.domain.NeedContent;
import org.plenary.capacity.domain.OfferContent;
import org.plenary.capacity.domain.Timeframe;
import org.plenary.capacity.domain.Visibility;
import org.plenary.platform.wire.WireEnum;

/**
 * The fields of needs and offers as requests carry them (already checked against the API description).
 * A change is applied by laying the patch over the current fields and reading the result like a new
 * listing, so that both follow the same rules.
 */
final class ListingFields {

  private ListingFields() {
  }

  static JsonObject of(NeedContent c) {
    return common(c.title(), c.description(), c.areas(), c.regions(), c.languages(), c.modalities(), c.timeframe())
        .put("visibility", c.visibility().wire()).put("status", c.status().wire());
  }

  static JsonObject of(OfferContent c) {
    return common(c.title(), c.description(), c.areas(), c.regions(), c.languages(), c.modalities(), c.timeframe())
        .put("capacity", c.capacity()).put("status", c.status().wire());
  }

  private static JsonObject common(String title, String description, List<String> areas, List<String> regions,
                                   List<String> languages, List<Modality> modalities, Timeframe timeframe) {
    return new JsonObject().put("title", title).put("description", description).put("areas", new JsonArray(areas))
        .put("regions", new JsonArray(regions)).put("languages", new JsonArray(languages))
        .put("modalities", new JsonArray(modalities.stream().map(Modality::wire).toList()))
        .put("startsOn", timeframe.startsOn().toString()).put("endsOn", timeframe.endsOn().toString());
  }

  static String title(JsonObject fields) {
    return fields.getString("title").strip();
  }

  static String description(JsonObject fields) {
    return fields.getString("description").strip();
  }

  /** Distinct values in the order given. */
  static List<String> strings(JsonObject fields, String name) {
    JsonArray values = fields.getJsonArray(name, new JsonArray());
    return List.copyOf(new LinkedHashSet<>(values.stream().map(String::valueOf).toList()));
  }

  static List<String> languages(JsonObject fields) {
    return strings(fields, "languages").stream().map(tag -> tag.toLowerCase(Locale.ROOT)).distinct().toList();
  }

  static List<Modality> modalities(JsonObject fields) {
    return strings(fields, "modalities").stream().map(m -> WireEnum.parse(Modality.class, m)).toList();
  }

  static Timeframe timeframe(JsonObject fields) {
    return Timeframe.of(fields.getString("startsOn"), fields.getString("endsOn"));
  }

  static Visibility visibility(JsonObject fields) {
    return WireEnum.parse(Visibility.class, fields.getString("visibility", "public"));
  }

  static ListingStatus status(JsonObject fields) {
    return WireEnum.parse(ListingStatus.class, fields.getString("status", "open"));
  }
}
