package org.plenary.capacity.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.plenary.capacity.domain.Modality;
import org.plenary.platform.wire.WireEnum;

/** Conversions from Java values to query parameters (results are read in {@link Rows}). */
final class Params {

  private Params() {
  }

  static String[] array(Collection<String> values) {
    return values.toArray(String[]::new);
  }

  static String[] modalities(Collection<Modality> modalities) {
    return modalities.stream().map(WireEnum::wire).toArray(String[]::new);
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
