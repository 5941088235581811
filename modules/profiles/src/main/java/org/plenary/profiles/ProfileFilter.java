package org.plenary.profiles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.organizations.ActivityQuery;

/**
 * What a profile's reader filters by: a topic, a norm ({@code norm-a} ... {@code norm-k}) and the days from
 * {@code since} to {@code until}, both included (in UTC).
 */
public record ProfileFilter(Optional<String> topic, Optional<String> norm, Optional<LocalDate> since,
                            Optional<LocalDate> until) {

  public static final ProfileFilter NONE = new ProfileFilter(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty());

  public ProfileFilter {
    if (since.isPresent() && until.isPresent() && until.get().isBefore(since.get())) {
      throw Failure.invalid("period-reversed", "The period ends before it starts",
          "until (" + until.get() + ") is before since (" + since.get() + "): give the first day, then the last.");
    }
  }

  /** The query of one page of {@code organizationId}'s activity in a section. */
  ActivityQuery query(String organizationId, Optional<ActivityQuery.After> after, int limit) {
    return new ActivityQuery(organizationId, topic, norm, since.map(ProfileFilter::startOf),
        until.map(day -> startOf(day.plusDays(1))), after, limit);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
