package org.plenary.capacity.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A need or an offer on the board: its title, areas of the board's taxonomy, status ({@code open}, {@code closed}). */
public record ListingOnRecord(UUID id, String title, List<String> areas, String status, Instant createdAt) {

  public ListingOnRecord {
    areas = List.copyOf(areas);
  }
}
