package org.plenary.platform.identity;

import java.util.Arrays;
import java.util.Optional;

/** Functional roles, carried as realm roles in the token. */
public enum Role {
  /** Speaks for the organization: official positions, stances, objections. */
  DELEGATE("delegate"),
  /** A member of a delegation: may comment, never speaks for the State. */
  MEMBER("member"),
  MODERATOR("moderator"),
  CHAIR("chair"),
  SECRETARIAT("secretariat");

  private final String wire;

  Role(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<Role> fromWire(String wire) {
    return Arrays.stream(values()).filter(r -> r.wire.equals(wire)).findFirst();
  }
}
