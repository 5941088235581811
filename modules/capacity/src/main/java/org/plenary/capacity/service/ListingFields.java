package org.plenary.capacity.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenary.capacity.domain.ListingStatus;
import org.plenary.capacity.domain.Modality;
import org.plenary.capacity.domain.NeedContent;
import org.plenary.capacity.domain.OfferContent;
import org.plenary.capacity.domain.Timeframe;
import org.plenary.capacity.domain.Visibility;
import org.plenary.platform.wire.WireEnum;

/**
 * The fields of needs and offers as requests carry them (already checked against the API description).
 * A change is applied by laying it over the current fields and reading the result like a new listing, so
 * that both follow the same rules.
 */
final class ListingFields {

  private ListingFields() {
  }

  static ListingRequest of(NeedContent c) {
    return common(c.title(), c.description(), c.areas(), c.regions(), c.languages(), c.modalities(), c.timeframe(),
        Optional.of(c.visibility().wire()), Optional.empty(), c.status());
  }

  static ListingRequest of(OfferContent c) {
    return common(c.title(), c.description(), c.areas(), c.regions(), c.languages(), c.modalities(), c.timeframe(),
        Optional.empty(), Optional.of(c.capacity()), c.status());
  }

  private static ListingRequest common(String title, String description, List<String> areas, List<String> regions,
                                       List<String> languages, List<Modality> modalities, Timeframe timeframe,
                                       Optional<String> visibility, Optional<Integer> capacity, ListingStatus status) {
    return new ListingRequest(Optional.of(title), Optional.of(description), Optional.of(areas), Optional.of(regions),
        Optional.of(languages), Optional.of(modalities.stream().map(Modality::wire).toList()),
        Optional.of(timeframe.startsOn().toString()), Optional.of(timeframe.endsOn().toString()), visibility,
        capacity, Optional.of(status.wire()));
  }

  static String title(ListingRequest fields) {
    return fields.title().orElseThrow().strip();
  }

  static String description(ListingRequest fields) {
    return fields.description().orElseThrow().strip();
  }

  /** Distinct values in the order given. */
  static List<String> strings(Optional<List<String>> values) {
    return List.copyOf(new LinkedHashSet<>(values.orElse(List.of())));
  }

  static List<String> languages(ListingRequest fields) {
    return strings(fields.languages()).stream().map(tag -> tag.toLowerCase(Locale.ROOT)).distinct().toList();
  }

  static List<Modality> modalities(ListingRequest fields) {
    return strings(fields.modalities()).stream().map(m -> WireEnum.parse(Modality.class, m)).toList();
  }

  static Timeframe timeframe(ListingRequest fields) {
    return Timeframe.of(fields.startsOn().orElse(null), fields.endsOn().orElse(null));
  }

  static Visibility visibility(ListingRequest fields) {
    return WireEnum.parse(Visibility.class, fields.visibility().orElse("public"));
  }

  static ListingStatus status(ListingRequest fields) {
    return WireEnum.parse(ListingStatus.class, fields.status().orElse("open"));
  }
}
