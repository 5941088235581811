package org.plenary.server.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;

/**
 * When a demo writer could have written: on a weekday between {@link #OPENS} and {@link #CLOSES} in the time zone
 * of the writer's organization (a delegate of Japan posts during office hours in Tokyo, not at 3 a.m.).
 */
final class WorkingHours {

  static final LocalTime OPENS = LocalTime.of(9, 0);
  static final LocalTime CLOSES = LocalTime.of(18, 0);

  private WorkingHours() {
  }

  static boolean contains(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    LocalTime time = local.toLocalTime();
    return !weekend(local) && !time.isBefore(OPENS) && time.isBefore(CLOSES);
  }

  /**
   * The writer's first working moment at or after {@code target}, a few minutes into the day when it starts one;
   * past {@code limit} (never in the future) a minute after {@code previous}, the one rule bent.
   */
  static Instant after(Instant target, Instant previous, Instant limit, ZoneId zone, Random random) {
    ZonedDateTime local = target.atZone(zone);
    for (int i = 0; i < 8 && !contains(local.toInstant(), zone); i++) {
      if (!weekend(local) && local.toLocalTime().isBefore(OPENS)) {
        local = local.with(OPENS).plusMinutes(5 + random.nextInt(60));
      } else {
        local = local.plusDays(1).with(OPENS).plusMinutes(5 + random.nextInt(60));
      }
    }
    Instant at = local.toInstant();
    return at.isBefore(limit) ? at : previous.plusSeconds(60);
  }

  private static boolean weekend(ZonedDateTime local) {
    return local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
