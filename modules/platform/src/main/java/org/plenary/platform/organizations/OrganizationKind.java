package org.plenary.platform.organizations;

import java.util.Arrays;

public enum OrganizationKind {
  STATE("state"),
  INTERGOVERNMENTAL("intergovernmental"),
  PRIVATE_SECTOR("private-sector"),
  ACADEMIA("academia"),
  CIVIL_SOCIETY("civil-society"),
  /** Organs and offices of the United Nations itself: the Secretariat, the Chair's office. */
  UN_BODY("un-body");

  private final String wire;

  OrganizationKind(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  /** States and intergovernmental organizations speak for governments; they need no accreditation. */
  public boolean isGovernmental() {
    return this == STATE || this == INTERGOVERNMENTAL;
  }

  public boolean isStakeholder() {
    return this == PRIVATE_SECTOR || this == ACADEMIA || this == CIVIL_SOCIETY;
  }

  public static OrganizationKind fromWire(String wire) {
    return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown organization kind: " + wire));
  }
}
