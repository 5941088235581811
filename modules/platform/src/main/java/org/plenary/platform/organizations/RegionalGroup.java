package org.plenary.platform.organizations;

import java.util.Arrays;

/** The five United Nations regional groups. */
public enum RegionalGroup {
  AFRICAN("african"),
  ASIA_PACIFIC("asia-pacific"),
  EASTERN_EUROPEAN("eastern-european"),
  LATIN_AMERICAN_CARIBBEAN("latin-american-caribbean"),
  WESTERN_EUROPEAN_OTHERS("western-european-others");

  private final String wire;

  RegionalGroup(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static RegionalGroup fromWire(String wire) {
    return Arrays.stream(values()).filter(g -> g.wire.equals(wire)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown regional group: " + wire));
  }
}
