package org.plenary.capacity.service;

import java.util.List;
import java.util.Optional;

/**
 * What a request writes of a need or an offer: every field when posting one, those it changes when changing one.
 * The values are kept as written (dates and codes as text): the services read them only after their
 * authorization checks, with the messages of {@link ListingFields}, so that a refused caller learns nothing of
 * their validity. {@code visibility} is a need's, {@code capacity} an offer's.
 */
public record ListingRequest(Optional<String> title, Optional<String> description, Optional<List<String>> areas,
                             Optional<List<String>> regions, Optional<List<String>> languages,
                             Optional<List<String>> modalities, Optional<String> startsOn, Optional<String> endsOn,
                             Optional<String> visibility, Optional<Integer> capacity, Optional<String> status) {

  /** This change laid over {@code current}: what it writes replaces what was there, the rest stays. */
  ListingRequest over(ListingRequest current) {
    return new ListingRequest(title.or(current::title), description.or(current::description),
        areas.or(current::areas), regions.or(current::regions), languages.or(current::languages),
        modalities.or(current::modalities), startsOn.or(current::startsOn), endsOn.or(current::endsOn),
        visibility.or(current::visibility), capacity.or(current::capacity), status.or(current::status));
  }

  /** A new listing is open, whatever the request says. */
  ListingRequest opened() {
    return new ListingRequest(title, description, areas, regions, languages, modalities, startsOn, endsOn,
        visibility, capacity, Optional.of("open"));
  }
}
