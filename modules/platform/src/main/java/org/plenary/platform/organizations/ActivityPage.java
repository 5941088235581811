package org.plenary.platform.organizations;

import java.util.List;
import java.util.Optional;

/**
 * One page of an organization's activity in one context, and where the next starts (empty on the last page). A
 * context that drops items the reader may not see after reading a page may hand out fewer items than asked, even
 * none, with a next page still to read.
 */
public record ActivityPage<T>(List<T> items, Optional<ActivityQuery.After> next) {

  public ActivityPage {
    items = List.copyOf(items);
  }

  public static <T> ActivityPage<T> empty() {
    return new ActivityPage<>(List.of(), Optional.empty());
  }
}
