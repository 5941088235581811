package org.plenary.radar.export;

import java.util.Map;
import java.util.Optional;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.i18n.Messages;

/** The exports' own words in the reader's language (catalogue {@code i18n/radar_<code>.properties}). */
public final class RadarLabels {

  public static final Messages CATALOGUE = Messages.of("radar");

  private final Language language;

  public RadarLabels(Language language) {
    this.language = language;
  }

  public String word(String key) {
    return CATALOGUE.text(language, key);
  }

  public String title(String round) {
    return CATALOGUE.text(language, "title", Map.of("round", round));
  }

  /** A median, or "fewer than 3" for a group not shown on its own. */
  public String value(Optional<Double> median) {
    return median.map(RadarLabels::number).orElse(word("fewerThanThree"));
  }

  public static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  public boolean rightToLeft() {
    return language.isRightToLeft();
  }
}
