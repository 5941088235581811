package org.plenary.platform.organizations;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** ISO 3166-1 alpha-2 codes of States, so that clients can name them in any language (Intl.DisplayNames). */
final class IsoCodes {

  private static final Map<String, String> ALPHA2_BY_ALPHA3 = new HashMap<>();

  static {
    for (String alpha2 : Locale.getISOCountries()) {
      ALPHA2_BY_ALPHA3.put(new Locale("", alpha2).getISO3Country(), alpha2);
    }
  }

  private IsoCodes() {
  }

  static Optional<String> alpha2(String alpha3) {
    return Optional.ofNullable(ALPHA2_BY_ALPHA3.get(alpha3));
  }
}
