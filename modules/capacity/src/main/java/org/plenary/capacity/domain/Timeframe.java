package org.plenary.capacity.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.plenary.platform.failure.Failure;

/** From and to, both days included. */
public record Timeframe(LocalDate startsOn, LocalDate endsOn) {

  /** Longest timeframe accepted: beyond it, plans are not plans. */
  public static final int MAX_YEARS = 10;

  public static Timeframe of(String startsOn, String endsOn) {
    Timeframe timeframe = new Timeframe(date(startsOn, "startsOn"), date(endsOn, "endsOn"));
    if (timeframe.endsOn.isBefore(timeframe.startsOn)) {
      throw Failure.invalid("endsOn (" + endsOn + ") is before startsOn (" + startsOn + ").");
    }
    if (timeframe.startsOn.plusYears(MAX_YEARS).isBefore(timeframe.endsOn)) {
      throw Failure.invalid("The timeframe spans more than " + MAX_YEARS + " years; split it.");
    }
    return timeframe;
  }

  public long days() {
    return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
  }

  private static LocalDate date(String value, String field) {
    try {
      return LocalDate.parse(value);
    } catch (RuntimeException e) {
      throw Failure.invalid(field + " must be a date such as 2027-01-31, not '" + value + "'.");
    }
  }
}
