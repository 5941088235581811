package org.plenary.server.demo;

import io.vertx.core.json.JsonArray;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Reads the demo's times, {@code [k, "HH:MM"]}: the k-th weekday before the day of seeding, at that local time of
 * the writer's organization. The generator of {@code demo/week/} chose every time inside its writer's working
 * hours and in each thread's order; written this way, they stay so whatever the day the demo is seeded on.
 */
final class DemoTimes {

  private final LocalDate seedingDay;
  private final Map<String, ZoneId> zones;

  DemoTimes(Instant seededAt, Map<String, ZoneId> zones) {
    this.seedingDay = seededAt.atOffset(ZoneOffset.UTC).toLocalDate();
    this.zones = zones;
  }

  Instant at(JsonArray when, String organization) {
    LocalDate day = seedingDay;
    for (int k = when.getInteger(0); k > 0; ) {
      day = day.minusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        k--;
      }
    }
    return day.atTime(LocalTime.parse(when.getString(1))).atZone(zone(organization)).toInstant();
  }

  ZoneId zone(String organization) {
    ZoneId zone = zones.get(organization);
    if (zone == null) {
      throw new IllegalStateException("demo/week/cast.yaml gives no time zone for " + organization);
    }
    return zone;
  }
}
