package org.plenary.capacity.store;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.plenary.capacity.domain.Modality;
import org.plenary.platform.wire.WireEnum;

/** Conversions between Java values and query parameters and results. */
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

  static <T> List<T> all(RowSet<Row> rows, Function<Row, T> mapper) {
    List<T> items = new ArrayList<>(rows.size());
    rows.forEach(row -> items.add(mapper.apply(row)));
    return items;
  }

  static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> mapper) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(mapper.apply(rows.iterator().next()));
  }
}
