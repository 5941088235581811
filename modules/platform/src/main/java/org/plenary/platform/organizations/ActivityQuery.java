package org.plenary.platform.organizations;

import java.time.Instant;
import java.util.Optional;

/**
 * What one organization did, as its profile asks each context for it: filtered by topic, norm (a tag such as
 * {@code norm-f}) and the days it happened, one keyset page at a time, newest first. A context ignores a filter
 * its records do not carry (capacity listings have neither topic nor norm) and says so in its port.
 *
 * @param since included
 * @param until excluded
 * @param after the sort key of the last item of the previous page (see {@link ActivityPage#next})
 */
public record ActivityQuery(String organizationId, Optional<String> topic, Optional<String> norm,
                            Optional<Instant> since, Optional<Instant> until, Optional<After> after, int limit) {

  public ActivityQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("a page holds at least one item");
    }
  }

  /** A first page of everything {@code organizationId} did. */
  public static ActivityQuery of(String organizationId, int limit) {
    return new ActivityQuery(organizationId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), limit);
  }

  public ActivityQuery withNorm(String norm) {
    return new ActivityQuery(organizationId, topic, Optional.of(norm), since, until, after, limit);
  }

  /** The sort key of an item in a list newest first: when it happened, then an id that breaks ties. */
  public record After(Instant at, String key) {
  }
}
