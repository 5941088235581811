package org.plenary.platform.wire;

import java.util.Arrays;
import java.util.Optional;

/** An enum whose API and database spelling is its lower-case, hyphenated name ({@code POSITION_CALL} is "position-call"). */
public interface WireEnum {

  default String wire() {
    return ((Enum<?>) this).name().toLowerCase().replace('_', '-');
  }

  static <E extends Enum<E> & WireEnum> Optional<E> find(Class<E> type, String wire) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.wire().equals(wire)).findFirst();
  }

  /** Parses a value the database or the validated request guarantees to be known. */
  static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String wire) {
    return find(type, wire).orElseThrow(() -> new IllegalArgumentException(
        "unknown " + type.getSimpleName() + " '" + wire + "'"));
  }
}
