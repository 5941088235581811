package org.plenary.capacity.api;

import io.vertx.core.Future;
import java.util.Optional;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.ActivityPage;
import org.plenary.platform.organizations.ActivityQuery;

/**
 * The needs a State posted and the offers an organization made on the board, as other contexts (a country
 * profile) may show them, with the board's rules: a need addressed to "States and providers" is read only by
 * those the board shows it to; offers are public. Listings carry areas, not topics or norms: a query's topic
 * and norm are not theirs to filter by.
 */
public interface CapacityRecord {

  /** The State's needs {@code reader} may read, the newest first. */
  Future<ActivityPage<ListingOnRecord>> needsOf(ActivityQuery query, Optional<Participant> reader);

  /** The organization's offers, the newest first. */
  Future<ActivityPage<ListingOnRecord>> offersOf(ActivityQuery query);
}
